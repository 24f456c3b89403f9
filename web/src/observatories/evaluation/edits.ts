/**
 * The agency's edits of a project as the web client prepares them (no DOM): the bodies of the API's PUTs from what
 * the forms hold, the checks that can be made before sending (in French, by the API's field names), a series typed
 * one year a line, the scores a change of weights gives (the API's rule, README › Rules, for a preview before
 * saving). The API still decides: its field errors are shown next to the fields too.
 */
import type { Indicator, Project } from './api';

/** The form's values of a project (strings as typed). */
export interface ProjectFields {
  id: string;
  title: string;
  territory: string;
  startYear: string;
  endYear: string;
  description: string;
}

/** The form's values of an indicator (strings as typed). */
export interface IndicatorFields {
  code: string;
  action: string;
  label: string;
  /** 'catalogue': read from the catalogue; 'entered': a series the agency enters. */
  source: 'catalogue' | 'entered';
  catalogue: string;
  unit: string;
  decimals: string;
  confidentiality: string;
  t0Year: string;
  t0Value: string;
  targetValue: string;
  horizonYear: string;
  direction: string;
  weight: string;
}

/** Field errors by the API's field names, in French. */
export type FieldProblems = Record<string, string>;

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A code for the API from a title: "Transition écologique" → "transition-ecologique" (at most `max` characters). */
export function codeOf(title: string, max = 40): string {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let code = '';
  for (const word of words) {
    const next = code === '' ? word : `${code}-${word}`;
    if (next.length > max) break;
    code = next;
  }
  return code === '' ? (words[0]?.slice(0, max) ?? '') : code;
}

export function isCode(value: string, max = 40): boolean {
  return value.length <= max && CODE.test(value);
}

/** A number typed the French way or not ("1 234,5", "1234.5"); null when empty, NaN when not a number. */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return null;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

function parseYear(text: string): number | null {
  const t = text.trim();
  return /^\d{4}$/.test(t) ? Number(t) : null;
}

const YEAR_PROBLEM = 'Saisissez une année de quatre chiffres, de 1990 à 2100.';
const inYears = (year: number | null): year is number => year !== null && year >= 1990 && year <= 2100;
/** A weight as typed: above 0 and at most 100, the API's bounds; null with its problem otherwise. */
export function parseWeight(text: string): { weight: number | null; problem: string | null } {
  const weight = parseNumber(text);
  if (weight === null || Number.isNaN(weight) || weight <= 0 || weight > 100)
    return { weight: null, problem: 'Le poids est un nombre au-dessus de 0, au plus 100.' };
  return { weight, problem: null };
}

/** A title as typed: 1 to 300 characters once trimmed. */
function titleProblem(title: string, what: string): string | null {
  const t = title.trim();
  if (t === '') return `Saisissez ${what}.`;
  return t.length > 300 ? `${what.charAt(0).toUpperCase()}${what.slice(1)} a au plus 300 caractères.` : null;
}

/** PUT /api/v1/evaluation/projects/{id}: its body, or the problems of the form. */
export function projectBody(f: ProjectFields, creating: boolean): { body: Record<string, unknown> | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  if (creating && !isCode(f.id, 60))
    problems['id'] = 'L’identifiant est fait de lettres minuscules sans accent et de chiffres, en mots reliés par des tirets (60 caractères au plus).';
  const title = titleProblem(f.title, 'le titre du projet');
  if (title) problems['title'] = title;
  if (f.territory.trim() === '') problems['territory'] = 'Choisissez le territoire du projet.';
  const start = parseYear(f.startYear);
  const end = parseYear(f.endYear);
  if (!inYears(start)) problems['startYear'] = YEAR_PROBLEM;
  if (!inYears(end)) problems['endYear'] = YEAR_PROBLEM;
  else if (inYears(start) && end < start) problems['endYear'] = 'La dernière année est la première ou une année après.';
  if (f.description.trim().length > 2000) problems['description'] = 'La description a au plus 2 000 caractères.';
  if (Object.keys(problems).length > 0) return { body: null, problems };
  const description = f.description.trim();
  return {
    body: { title: f.title.trim(), territory: f.territory, startYear: start, endYear: end, ...(description ? { description } : {}) },
    problems,
  };
}

/** PUT …/axes/{axis} or …/actions/{action}: title, weight and, for an action, its axis. */
export function partBody(
  f: { code: string; title: string; weight: string; axis?: string },
  creating: boolean,
  what: 'axis' | 'action',
): { body: Record<string, unknown> | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  if (creating && !isCode(f.code))
    problems[what] = 'Le code est fait de lettres minuscules sans accent et de chiffres, en mots reliés par des tirets (40 caractères au plus).';
  const title = titleProblem(f.title, what === 'axis' ? 'le titre de l’axe' : 'le titre de l’action');
  if (title) problems['title'] = title;
  const { weight, problem } = parseWeight(f.weight);
  if (problem) problems['weight'] = problem;
  if (what === 'action' && !f.axis) problems['axis'] = 'Choisissez l’axe de l’action.';
  if (Object.keys(problems).length > 0) return { body: null, problems };
  return { body: { title: f.title.trim(), weight, ...(what === 'action' ? { axis: f.axis } : {}) }, problems };
}

/** PUT …/indicators/{indicator}: the definition, or the problems of the form (the target on T0's side included, when T0 is typed). */
export function indicatorBody(f: IndicatorFields, creating: boolean): { body: Record<string, unknown> | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  if (creating && !isCode(f.code))
    problems['indicator'] = 'Le code est fait de lettres minuscules sans accent et de chiffres, en mots reliés par des tirets (40 caractères au plus).';
  if (!f.action) problems['action'] = 'Choisissez l’action que l’indicateur mesure.';
  const label = titleProblem(f.label, 'ce que l’indicateur mesure');
  if (label) problems['label'] = label;
  if (f.source === 'catalogue' && !/^[a-z0-9_]+\.[a-z0-9_]+$/.test(f.catalogue)) problems['catalogue'] = 'Choisissez un indicateur du catalogue.';
  const decimals = parseNumber(f.decimals);
  if (f.source === 'entered') {
    const unit = f.unit.trim();
    if (unit === '' || unit.length > 40) problems['unit'] = 'Saisissez l’unité de la série (40 caractères au plus), par exemple « cantines ».';
    if (decimals !== null && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 3)) problems['decimals'] = 'De 0 à 3 décimales.';
  }
  const t0Year = parseYear(f.t0Year);
  const horizon = parseYear(f.horizonYear);
  if (!inYears(t0Year)) problems['t0Year'] = YEAR_PROBLEM;
  if (!inYears(horizon)) problems['horizonYear'] = YEAR_PROBLEM;
  else if (inYears(t0Year) && horizon <= t0Year) problems['horizonYear'] = 'L’échéance vient après l’année du T0.';
  const t0Value = parseNumber(f.t0Value);
  if (t0Value !== null && Number.isNaN(t0Value)) problems['t0Value'] = 'Saisissez un nombre, ou rien pour lire le T0 dans la série.';
  const target = parseNumber(f.targetValue);
  if (target === null || Number.isNaN(target)) problems['targetValue'] = 'Saisissez la valeur cible, un nombre.';
  if (f.direction !== 'up' && f.direction !== 'down') problems['direction'] = 'Choisissez le sens attendu.';
  else if (target !== null && !Number.isNaN(target) && t0Value !== null && !Number.isNaN(t0Value)) {
    if (f.direction === 'up' && target <= t0Value) problems['targetValue'] = 'Pour une hausse attendue, la cible est au-dessus du T0.';
    if (f.direction === 'down' && target >= t0Value) problems['targetValue'] = 'Pour une baisse attendue, la cible est au-dessous du T0.';
  }
  const { weight, problem } = parseWeight(f.weight);
  if (problem) problems['weight'] = problem;
  if (Object.keys(problems).length > 0) return { body: null, problems };
  const source =
    f.source === 'catalogue' ? { catalogue: f.catalogue } : { unit: f.unit.trim(), decimals: decimals ?? 0, confidentiality: f.confidentiality || 'public' };
  return {
    body: {
      action: f.action,
      label: f.label.trim(),
      ...source,
      t0Year,
      ...(t0Value === null ? {} : { t0Value }),
      targetValue: target,
      horizonYear: horizon,
      direction: f.direction,
      weight,
    },
    problems,
  };
}

/** The form's values of an indicator of the project (to edit it). */
export function indicatorFields(i: Indicator, action: string): IndicatorFields {
  const number = (v: number | null | undefined): string => (v == null ? '' : String(v).replace('.', ','));
  return {
    code: i.code,
    action,
    label: i.label,
    source: i.catalogue ? 'catalogue' : 'entered',
    catalogue: i.catalogue?.code ?? '',
    unit: i.catalogue ? '' : i.unit,
    decimals: i.catalogue ? '' : String(i.decimals),
    confidentiality: i.confidentiality ?? 'public',
    t0Year: String(i.t0.year),
    // Only a T0 the project fixed: one read from the series stays read from it.
    t0Value: i.t0.source === 'given' ? number(i.t0.value) : '',
    targetValue: number(i.target.value),
    horizonYear: String(i.target.year),
    direction: i.direction,
    weight: number(i.weight),
  };
}

/** A series typed one year a line ("2024 : 11", "2024;11,5", "2024 11"): the values, or the problems by line. */
export function parseSeries(text: string): { values: { year: number; value: number }[]; problems: string[] } {
  const values: { year: number; value: number }[] = [];
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const [n, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const match = /^(\d{4})\s*(?:[:;=\t]|\s)\s*(.+)$/.exec(line);
    const year = match ? Number(match[1]) : null;
    const value = match ? parseNumber(match[2]!) : null;
    if (!match || !inYears(year)) problems.push(`Ligne ${n + 1} : « ${line} » n’est pas « année : valeur » avec une année de 1990 à 2100.`);
    else if (value === null || Number.isNaN(value)) problems.push(`Ligne ${n + 1} : la valeur de ${year} n’est pas un nombre.`);
    else if (seen.has(year!)) problems.push(`Ligne ${n + 1} : l’année ${year} est donnée deux fois.`);
    else {
      seen.add(year!);
      values.push({ year: year!, value });
    }
  }
  if (values.length > 200) problems.push('Une série a au plus 200 années.');
  return { values: values.sort((a, b) => a.year - b.year), problems };
}

/** A series one year a line, as parseSeries reads it back. */
export function seriesText(series: readonly { year: number; value: number }[]): string {
  return series.map((p) => `${p.year} : ${String(p.value).replace('.', ',')}`).join('\n');
}

/** Weights by code, as the weights' dialog holds them. */
export interface Weights {
  axes: Record<string, number>;
  actions: Record<string, number>;
  indicators: Record<string, number>;
}

export function weightsOf(project: Project): Weights {
  const weights: Weights = { axes: {}, actions: {}, indicators: {} };
  for (const x of project.axes) {
    weights.axes[x.code] = x.weight;
    for (const a of x.actions) {
      weights.actions[a.code] = a.weight;
      for (const i of a.indicators) weights.indicators[i.code] = i.weight;
    }
  }
  return weights;
}

/** The weights that differ from the project's: the body of PUT …/weights (null when none changed). */
export function changedWeights(project: Project, next: Weights): Partial<Weights> | null {
  const before = weightsOf(project);
  const body: Partial<Weights> = {};
  for (const part of ['axes', 'actions', 'indicators'] as const) {
    const changed = Object.entries(next[part]).filter(([code, w]) => before[part][code] !== w);
    if (changed.length > 0) body[part] = Object.fromEntries(changed);
  }
  return Object.keys(body).length === 0 ? null : body;
}

const weightedMean = (parts: { weight: number; score: number | null }[]): number | null => {
  const scored = parts.filter((p): p is { weight: number; score: number } => p.score !== null);
  const total = scored.reduce((s, p) => s + p.weight, 0);
  return scored.length === 0 || total === 0 ? null : scored.reduce((s, p) => s + p.weight * p.score, 0) / total;
};

/**
 * The scores with other weights, by the API's rule: an action's is Σ weight × progress ÷ Σ weight over its
 * indicators with a progress, an axis' the same over its actions' scores, the project's over its axes'. A preview:
 * the saved project's scores are the API's.
 */
export function scoresWith(
  project: Project,
  weights: Weights,
): { project: number | null; axes: Record<string, number | null>; actions: Record<string, number | null> } {
  const axes: Record<string, number | null> = {};
  const actions: Record<string, number | null> = {};
  for (const x of project.axes) {
    for (const a of x.actions)
      actions[a.code] = weightedMean(a.indicators.map((i) => ({ weight: weights.indicators[i.code] ?? i.weight, score: i.progress ?? null })));
    axes[x.code] = weightedMean(x.actions.map((a) => ({ weight: weights.actions[a.code] ?? a.weight, score: actions[a.code] ?? null })));
  }
  return { project: weightedMean(project.axes.map((x) => ({ weight: weights.axes[x.code] ?? x.weight, score: axes[x.code] ?? null }))), axes, actions };
}
