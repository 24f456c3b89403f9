import { describe, expect, it } from 'vitest';
import type { Project } from './api';
import { projectChanges } from './changes';
import { changedWeights, codeOf, indicatorBody, parseNumber, parseSeries, partBody, projectBody, scoresWith, weightsOf, type IndicatorFields } from './edits';
import { INDICATOR, PROJECT, RESTRICTED } from './fixtures';

const ENTERED: IndicatorFields = {
  code: 'cantines-locales',
  action: 'emploi-salarie',
  label: 'Cantines approvisionnées en local',
  source: 'entered',
  catalogue: '',
  unit: 'cantines',
  decimals: '0',
  confidentiality: 'partner',
  t0Year: '2019',
  t0Value: '',
  targetValue: '20',
  horizonYear: '2025',
  direction: 'up',
  weight: '2,5',
};

/** Two axes: "eco" (one action: indicators at 0.5 and 0.2, and one restricted), "vie" (one action at 0.8). */
function twoAxes(): Project {
  const progress = (code: string, p: number | null) => ({ ...INDICATOR, code, progress: p, rawProgress: p });
  return {
    ...PROJECT,
    axes: [
      {
        ...PROJECT.axes[0]!,
        code: 'eco',
        title: 'Économie',
        actions: [{ ...PROJECT.axes[0]!.actions[0]!, code: 'a1', indicators: [progress('i1', 0.5), progress('i2', 0.2), RESTRICTED] }],
      },
      {
        ...PROJECT.axes[0]!,
        code: 'vie',
        title: 'Cadre de vie',
        actions: [{ ...PROJECT.axes[0]!.actions[0]!, code: 'a2', indicators: [progress('i3', 0.8)] }],
      },
    ],
  };
}

describe('what the evaluation’s forms send', () => {
  it('make codes from titles and read numbers the French way', () => {
    expect(codeOf('Transition écologique')).toBe('transition-ecologique');
    expect(codeOf('L’emploi des jeunes, 16–25 ans')).toBe('l-emploi-des-jeunes-16-25-ans');
    expect(codeOf('Un titre bien trop long pour tenir en quarante caractères', 40)).toBe('un-titre-bien-trop-long-pour-tenir-en');
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('douze')).toBeNaN();
  });

  it('build an entered indicator’s body, its T0 read from the series when left empty', () => {
    expect(indicatorBody(ENTERED, true)).toEqual({
      body: {
        action: 'emploi-salarie',
        label: 'Cantines approvisionnées en local',
        unit: 'cantines',
        decimals: 0,
        confidentiality: 'partner',
        t0Year: 2019,
        targetValue: 20,
        horizonYear: 2025,
        direction: 'up',
        weight: 2.5,
      },
      problems: {},
    });
    expect(indicatorBody({ ...ENTERED, source: 'catalogue', catalogue: 'emploi.salaries_prives', t0Value: '48846', targetValue: '52000' }, false).body).toEqual(
      {
        action: 'emploi-salarie',
        label: 'Cantines approvisionnées en local',
        catalogue: 'emploi.salaries_prives',
        t0Year: 2019,
        t0Value: 48846,
        targetValue: 52000,
        horizonYear: 2025,
        direction: 'up',
        weight: 2.5,
      },
    );
  });

  it('refuse, field by field, what the API would refuse: a "lower is better" target above T0, a horizon before T0, a weight of 0', () => {
    const { body, problems } = indicatorBody(
      { ...ENTERED, code: 'Pas un code', label: ' ', unit: '', t0Value: '100', targetValue: '120', direction: 'down', horizonYear: '2018', weight: '0' },
      true,
    );
    expect(body).toBeNull();
    expect(Object.keys(problems).sort()).toEqual(['horizonYear', 'indicator', 'label', 'targetValue', 'unit', 'weight']);
    expect(problems['targetValue']).toBe('Pour une baisse attendue, la cible est au-dessous du T0.');
    expect(problems['horizonYear']).toBe('L’échéance vient après l’année du T0.');
    expect(indicatorBody({ ...ENTERED, source: 'catalogue' }, false).problems).toEqual({ catalogue: 'Choisissez un indicateur du catalogue.' });
    expect(projectBody({ id: 'x', title: 'Projet', territory: 'epci:200072460', startYear: '2030', endYear: '2022', description: '' }, true).problems).toEqual({
      endYear: 'La dernière année est la première ou une année après.',
    });
    expect(partBody({ code: 'mobilite', title: 'Mobilité', weight: '101', axis: '' }, true, 'action').problems).toEqual({
      weight: 'Le poids est un nombre au-dessus de 0, au plus 100.',
      axis: 'Choisissez l’axe de l’action.',
    });
  });

  it('read a series one year a line, and say which line is wrong', () => {
    expect(parseSeries('2024 : 11\n2019;4\n\n2022 7,5')).toEqual({
      values: [
        { year: 2019, value: 4 },
        { year: 2022, value: 7.5 },
        { year: 2024, value: 11 },
      ],
      problems: [],
    });
    expect(parseSeries('2019 : 4\n2019 : 5\n24 : 3\n2020 : beaucoup').problems).toEqual([
      'Ligne 2 : l’année 2019 est donnée deux fois.',
      'Ligne 3 : « 24 : 3 » n’est pas « année : valeur » avec une année de 1990 à 2100.',
      'Ligne 4 : la valeur de 2020 n’est pas un nombre.',
    ]);
  });
});

describe('the scores with other weights', () => {
  it('are the weighted means of the API’s rule, the indicators without progress left out (by hand)', () => {
    const project = twoAxes();
    const weights = weightsOf(project);
    // Action a1 = (0.5 + 0.2) ÷ 2 = 0.35; axis eco = 0.35; axis vie = 0.8; project = (0.35 + 0.8) ÷ 2 = 0.575.
    let scores = scoresWith(project, weights);
    expect(scores.actions['a1']).toBeCloseTo(0.35, 10);
    expect(scores.project).toBeCloseTo(0.575, 10);
    // i2 weighs 3: a1 = (1 × 0.5 + 3 × 0.2) ÷ 4 = 0.275; vie weighs 2: project = (0.275 + 2 × 0.8) ÷ 3 = 0.625.
    weights.indicators['i2'] = 3;
    weights.axes['vie'] = 2;
    scores = scoresWith(project, weights);
    expect(scores.axes['eco']).toBeCloseTo(0.275, 10);
    expect(scores.project).toBeCloseTo(0.625, 10);
    expect(changedWeights(project, weights)).toEqual({ axes: { vie: 2 }, indicators: { i2: 3 } });
    expect(changedWeights(project, weightsOf(project))).toBeNull();
  });
});

describe('what another editor changed (412)', () => {
  it('is said in French, part by part', () => {
    const before = twoAxes();
    const after = structuredClone(before);
    after.title = 'Projet de territoire 2022–2030';
    after.axes[1]!.weight = 2;
    after.axes[0]!.actions[0]!.indicators[0]!.label = 'Emplois salariés';
    after.axes[0]!.actions[0]!.indicators[0]!.target = { year: 2030, value: 53000 };
    after.axes[0]!.actions[0]!.indicators.splice(1, 1);
    expect(projectChanges(before, after)).toEqual([
      'titre : « Projet de territoire 2022–2030 »',
      'poids de l’axe « Cadre de vie » : 1 → 2',
      'indicateur « Emplois salariés » modifié',
      'indicateur supprimé : « Emplois salariés privés »',
    ]);
  });
});
