import { describe, expect, it } from 'vitest';
import {
  breakdownTotal,
  changedWeights,
  criterionLabel,
  historyStepText,
  isActive,
  plural,
  SCORE_CLASSES,
  scoreChange,
  scoreClass,
  siteColour,
  STATUS_COLOURS,
  STATUS_LABELS,
  statusColour,
  statusLabel,
  statusRank,
  STATUSES,
  stockTotals,
  suitabilityWidth,
  vocationLabel,
  weightTotal,
} from './domain';
import { BREAKDOWN, DEFAULT_WEIGHTS, SITE_206, SITES } from './fixtures';
import { parseFriches } from './route';

describe('the follow-up statuses', () => {
  it('names and colours every status of the workflow, in its order, the ones the URL accepts', () => {
    expect(STATUSES).toEqual(['identifiee', 'verifiee_terrain', 'caracterisee', 'en_projet', 'reconvertie', 'abandonnee']);
    for (const status of STATUSES) {
      expect(STATUS_LABELS[status]).toBeTruthy();
      expect(STATUS_COLOURS[status]).toMatch(/^#[0-9a-f]{6}$/);
      expect(parseFriches(['friches'], new URLSearchParams({ status }))?.status).toBe(status);
    }
    expect(new Set(Object.values(STATUS_COLOURS)).size).toBe(STATUSES.length);
  });

  it('says a status in French, and an unknown one as it is (grey)', () => {
    expect(statusLabel('verifiee_terrain')).toBe('Vérifiée sur le terrain');
    expect(statusLabel('en_projet')).toBe('En projet');
    expect(statusLabel('demolie')).toBe('demolie');
    expect(statusColour('demolie')).toBe('#666');
  });

  it('sorts by the workflow’s order, not by the labels', () => {
    const sorted = ['reconvertie', 'identifiee', 'abandonnee', 'en_projet'].sort((a, b) => statusRank(a) - statusRank(b));
    expect(sorted).toEqual(['identifiee', 'en_projet', 'reconvertie', 'abandonnee']);
    expect(statusRank('demolie')).toBe(-1);
  });

  it('keeps in the stock the sites neither recycled nor abandoned', () => {
    expect(STATUSES.filter(isActive)).toEqual(['identifiee', 'verifiee_terrain', 'caracterisee', 'en_projet']);
    const totals = stockTotals([
      { status: 'identifiee', count: 2, areaHa: 3.5 },
      { status: 'en_projet', count: 1, areaHa: 1 },
      { status: 'reconvertie', count: 4, areaHa: 10 },
      { status: 'abandonnee', count: 1, areaHa: 0.5 },
    ]);
    expect(totals).toEqual({ areaHa: 15, activeCount: 3, activeAreaHa: 4.5 });
    expect(stockTotals(SITES.byStatus)).toEqual({ areaHa: 3.33, activeCount: 2, activeAreaHa: 3.33 });
  });

  it('tells a history step as a move from one status to the next, the first one without a "from"', () => {
    expect(SITE_206.history.map(historyStepText)).toEqual(['18 mai 2022 : Identifiée', '28 mai 2023 : Identifiée → Caractérisée']);
    expect(historyStepText({ from: 'abandonnee', to: 'identifiee', on: '2024-01-02' })).toBe('2 janvier 2024 : Abandonnée → Identifiée');
  });
});

describe('the mutability score', () => {
  it('classes scores in five fixed classes, from 0 to 100 included; beyond, at the nearest end', () => {
    expect([0, 19.9, 20, 39.99, 40, 59.9, 60, 79.9, 80, 100].map(scoreClass)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect([-1, 100.5].map(scoreClass)).toEqual([0, 4]);
    expect(SCORE_CLASSES.map((c) => c.label)).toEqual(['moins de 20', 'de 20 à moins de 40', 'de 40 à moins de 60', 'de 60 à moins de 80', '80 et plus']);
  });

  it('colours a site by its score class or by its status', () => {
    const site = { score: 92, status: 'en_projet' };
    expect(siteColour(site, 'score')).toBe(SCORE_CLASSES[4]!.colour);
    expect(siteColour({ ...site, score: 10 }, 'score')).toBe(SCORE_CLASSES[0]!.colour);
    expect(siteColour(site, 'status')).toBe(STATUS_COLOURS['en_projet']);
  });

  it('adds the breakdown up to the score, rounded as the API rounds it, and its weights up', () => {
    expect(breakdownTotal(BREAKDOWN)).toBe(SITE_206.score.value);
    expect(breakdownTotal([])).toBe(0);
    expect(weightTotal(BREAKDOWN)).toBe(15);
    // Each contribution is the criterion's share of the weights times its points out of 5, on 100.
    for (const line of BREAKDOWN) expect(line.contribution).toBeCloseTo(((line.weight / 15) * line.points * 100) / 5, 2);
  });

  it('says how far a simulated score moved, to one decimal', () => {
    expect(scoreChange({ current: 82.7, whatIf: 77 })).toBe(-5.7);
    expect(scoreChange({ current: 92, whatIf: 94.04 })).toBe(2);
  });
});

describe('the criteria’s weights', () => {
  it('keeps only the weights moved away from the ones in force', () => {
    expect(changedWeights({ ...DEFAULT_WEIGHTS, pollution: 5, area: 1 }, DEFAULT_WEIGHTS)).toEqual({ pollution: 5 });
    expect(changedWeights({ ...DEFAULT_WEIGHTS }, DEFAULT_WEIGHTS)).toEqual({});
    expect(changedWeights({ unknown: 3 }, DEFAULT_WEIGHTS)).toEqual({});
  });

  it('names a criterion by the API’s label, else ours, else its code', () => {
    expect(criterionLabel('pollution', new Map([['pollution', 'Pollution (API)']]))).toBe('Pollution (API)');
    expect(criterionLabel('station_access', new Map())).toBe('Proximité d’une gare');
    expect(criterionLabel('noise', new Map())).toBe('noise');
  });
});

describe('the vocations', () => {
  it('names every vocation the API scores', () => {
    const codes = ['habitat', 'activite_economique', 'renaturation', 'energie_solaire', 'equipement'];
    expect(codes.map(vocationLabel)).toEqual(['Habitat', 'Activité économique', 'Renaturation', 'Énergie solaire', 'Équipement public']);
    expect(vocationLabel('port')).toBe('port');
  });

  it('draws a suitability’s bar within 0–100 %', () => {
    expect([-5, 0, 42.5, 100, 120].map(suitabilityWidth)).toEqual([0, 0, 42.5, 100, 100]);
  });
});

describe('words', () => {
  it('puts a noun in the plural from 2 on', () => {
    expect([0, 1, 2, 1200].map((n) => plural(n, 'friche'))).toEqual(['0\u00a0friche', '1\u00a0friche', '2\u00a0friches', '1\u202f200\u00a0friches']);
  });
});
