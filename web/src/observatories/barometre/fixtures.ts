/** A barometer's answer as the contract gives it, hand-built for the renderer's and the page's tests. */
import type { Barometre, Indicator, SeriesPoint } from './publication/contract';

export const QUARTERS = Array.from({ length: 20 }, (_, i) => `${2020 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);

function series(start: number, step: number, revised: readonly string[] = []): SeriesPoint[] {
  return QUARTERS.map((period, i) => ({
    period,
    value: Math.round(start + step * i + (i % 3) * step * 0.4),
    status: 'ok',
    provisional: i === QUARTERS.length - 1,
    revised: revised.includes(period),
  }));
}

function indicator(partial: Partial<Indicator> & Pick<Indicator, 'key' | 'title' | 'unit' | 'source'>): Indicator {
  const s = partial.series ?? series(1000, 10);
  const last = s[s.length - 1]!;
  return {
    decimals: 0,
    status: 'ok',
    value: last.value,
    provisional: true,
    revision: null,
    quarterOnQuarter: { period: '2024-Q3', value: 990, change: 10, changePercent: 1.01 },
    yearOnYear: { period: '2023-Q4', value: 960, change: 40, changePercent: 4.17 },
    details: [],
    ...partial,
    series: s,
  };
}

export function barometre(overrides: Partial<Barometre> = {}): Barometre {
  return {
    territory: { id: 'groupement:pma', name: 'Pôle Métropolitain de l’Artois', level: 'groupement' },
    quarter: '2024-Q4',
    latestQuarter: '2024-Q4',
    quarters: QUARTERS,
    indicators: [
      indicator({
        key: 'emploi_prive',
        title: 'Emploi salarié privé',
        unit: 'salariés',
        source: 'Acoss-Urssaf',
        series: series(170_100, 640, ['2024-Q2']),
        revision: null,
        quarterOnQuarter: { period: '2024-Q3', value: 181_000, change: 1_260, changePercent: 0.7 },
        yearOnYear: { period: '2023-Q4', value: 179_000, change: 3_260, changePercent: 1.82 },
      }),
      indicator({
        key: 'demandeurs_emploi',
        title: 'Demandeurs d’emploi',
        unit: 'personnes',
        source: 'DARES – France Travail',
        series: series(38_000, -120),
        provisional: false,
        revision: { previousValue: 35_900, revisedAt: '2025-03-14T09:00:00Z' },
        details: [
          {
            label: 'Catégories A, B, C',
            unit: 'personnes',
            decimals: 0,
            status: 'ok',
            value: 61_000,
            yearOnYear: { period: '2023-Q4', value: 60_000, change: 1_000, changePercent: 1.67 },
          },
        ],
      }),
      indicator({ key: 'defaillances', title: 'Défaillances d’entreprises', unit: 'défaillances', source: 'Capfi', series: series(80, 2), provisional: false }),
      indicator({
        key: 'nota_pme',
        title: 'Score financier Nota-PME',
        unit: '%',
        decimals: 1,
        source: 'Capfi, Nota-PME',
        series: series(18, 0.1),
        value: 19.4,
        provisional: false,
        classes: [
          { class: '1', label: 'Risque très faible', share: 22.5, companies: 410 },
          { class: '2', label: 'Risque faible', share: 31.2, companies: 569 },
          { class: '3', label: 'Risque modéré', share: 26.9, companies: 491 },
          { class: '4', label: 'Risque élevé', share: 13.1, companies: 239 },
          { class: '5', label: 'Risque très élevé', share: 6.3, companies: 115 },
        ],
      }),
    ],
    keyFigures: [
      { value: '+1,8 %', label: 'd’emplois salariés privés en un an' },
      { value: '37 660', label: 'demandeurs d’emploi en catégorie A' },
      { value: '118', label: 'défaillances d’entreprises sur 12 mois' },
    ],
    brief: {
      text: 'L’emploi salarié privé progresse encore ce trimestre.\n\nLes défaillances restent au-dessus de leur niveau de 2019.',
      version: 3,
      updatedAt: '2025-02-01T10:00:00Z',
      updatedBy: 'Agence (clé obs_ab12)',
    },
    sources: ['Acoss-Urssaf, effectifs salariés privés', 'DARES – France Travail, STMT', 'Capfi, défaillances', 'Capfi, Nota-PME'],
    generatedAt: '2025-02-03T08:00:00Z',
    ...overrides,
  };
}

/** The same answer as an anonymous caller gets it: the Nota-PME figures restricted, nothing of them left. */
export function restrictedBarometre(): Barometre {
  const full = barometre();
  return {
    ...full,
    indicators: full.indicators.map((i) =>
      i.key !== 'nota_pme'
        ? i
        : {
            ...i,
            status: 'restricted',
            value: null,
            quarterOnQuarter: null,
            yearOnYear: null,
            classes: null,
            series: i.series.map((p) => ({ ...p, value: null, status: 'restricted' })),
          },
    ),
  };
}
