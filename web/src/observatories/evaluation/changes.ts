/**
 * What another editor changed in a project, in French, one line a change: what a save that came back 412 shows,
 * the input of the editor being kept (dialog.ts).
 */
import type { Indicator, Project } from './api';

/** What differs between two versions of a project, in French, one line a change (for a save that came back 412). */
export function projectChanges(before: Project, after: Project): string[] {
  const changes: string[] = [];
  if (before.title !== after.title) changes.push(`titre : « ${after.title} »`);
  if (before.territory.id !== after.territory.id) changes.push(`territoire : ${after.territory.name}`);
  if (before.startYear !== after.startYear || before.endYear !== after.endYear) changes.push(`période : ${after.startYear}–${after.endYear}`);
  if ((before.description ?? '') !== (after.description ?? '')) changes.push('description modifiée');
  const axesBefore = new Map(before.axes.map((x) => [x.code, x]));
  const axesAfter = new Map(after.axes.map((x) => [x.code, x]));
  for (const x of after.axes) {
    const old = axesBefore.get(x.code);
    if (!old) changes.push(`axe ajouté : « ${x.title} »`);
    else {
      if (old.title !== x.title) changes.push(`axe « ${old.title} » renommé « ${x.title} »`);
      if (old.weight !== x.weight) changes.push(`poids de l’axe « ${x.title} » : ${old.weight} → ${x.weight}`);
    }
  }
  for (const x of before.axes) if (!axesAfter.has(x.code)) changes.push(`axe supprimé : « ${x.title} »`);
  const actionsOf = (p: Project) => new Map(p.axes.flatMap((x) => x.actions.map((a) => [a.code, { ...a, axis: x.code }] as const)));
  const actionsBefore = actionsOf(before);
  const actionsAfter = actionsOf(after);
  for (const [code, a] of actionsAfter) {
    const old = actionsBefore.get(code);
    if (!old) changes.push(`action ajoutée : « ${a.title} »`);
    else {
      if (old.title !== a.title) changes.push(`action « ${old.title} » renommée « ${a.title} »`);
      if (old.axis !== a.axis) changes.push(`action « ${a.title} » déplacée vers l’axe « ${axesAfter.get(a.axis)?.title ?? a.axis} »`);
      if (old.weight !== a.weight) changes.push(`poids de l’action « ${a.title} » : ${old.weight} → ${a.weight}`);
    }
  }
  for (const [code, a] of actionsBefore) if (!actionsAfter.has(code)) changes.push(`action supprimée : « ${a.title} »`);
  const indicatorsOf = (p: Project) =>
    new Map(p.axes.flatMap((x) => x.actions.flatMap((a) => a.indicators.map((i) => [i.code, { ...i, action: a.code }] as const))));
  const indicatorsBefore = indicatorsOf(before);
  const indicatorsAfter = indicatorsOf(after);
  for (const [code, i] of indicatorsAfter) {
    const old = indicatorsBefore.get(code);
    if (!old) changes.push(`indicateur ajouté : « ${i.label} »`);
    else {
      const { weight: w0, series: s0, ...rest0 } = definitionOf(old);
      const { weight: w1, series: s1, ...rest1 } = definitionOf(i);
      if (JSON.stringify(rest0) !== JSON.stringify(rest1)) changes.push(`indicateur « ${i.label} » modifié`);
      if (w0 !== w1) changes.push(`poids de l’indicateur « ${i.label} » : ${w0} → ${w1}`);
      if (s0 !== s1) changes.push(`série de l’indicateur « ${i.label} » modifiée`);
    }
  }
  for (const [code, i] of indicatorsBefore) if (!indicatorsAfter.has(code)) changes.push(`indicateur supprimé : « ${i.label} »`);
  return changes;
}

/** What an editor defines of an indicator (not what the API computes from it). */
function definitionOf(i: Indicator & { action: string }) {
  return {
    action: i.action,
    label: i.label,
    catalogue: i.catalogue?.code ?? null,
    unit: i.unit,
    decimals: i.decimals,
    confidentiality: i.confidentiality,
    direction: i.direction,
    t0: `${i.t0.year}:${i.t0.source === 'given' ? i.t0.value : ''}`,
    target: `${i.target.year}:${i.target.value}`,
    weight: i.weight,
    series: i.source === 'entered' ? JSON.stringify(i.series) : '',
  };
}
