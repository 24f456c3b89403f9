// @vitest-environment happy-dom
/** The charts as assistive technologies meet them: one image each, named by what it shows, its marks hidden. */
import { describe, expect, it } from 'vitest';
import type { Series } from '../api/types';
import { territoryRef } from '../testing/fakeApi';
import { asImage } from './accessible';
import { seriesChart, sparkline } from './seriesChart';

const series = (id: string, name: string, offset = 0): Series => ({
  territory: territoryRef(id, name),
  annualGrowth: null,
  coverage: null,
  points: ['2019', '2020', '2021', '2022'].map((period, k) => ({
    period,
    value: 1000 + 10 * k + offset,
    index: 100 + k,
    status: 'definitive',
    yearOnYear: null,
  })),
});

/** Elements of the chart other than its svg that assistive technologies would still meet with a name. */
function namedMarks(chart: Element): Element[] {
  return [...chart.querySelectorAll('svg [aria-label], svg [aria-description]')].filter((e) => e.getAttribute('aria-hidden') !== 'true');
}

describe('charts are labelled images', () => {
  it('names the series chart by its indicator and its territories, with role="img", and hides Plot’s marks', () => {
    const chart = seriesChart(
      {
        series: [series('commune:62427', 'Hénin-Beaumont'), series('epci:246200299', 'CA d’Hénin-Carvin', 5)],
        index: true,
        unit: 'salariés',
        decimals: 0,
        title: 'Salariés du secteur privé, base 100 en 2019',
      },
      { width: 600 },
    );
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toBe('Salariés du secteur privé, base 100 en 2019 : Hénin-Beaumont, CA d’Hénin-Carvin');
    expect(chart.getAttribute('aria-description')).toContain('tableau');
    // Plot labels each mark's <g> ("line", "dot", "rule", "tip"): an aria-label ARIA forbids without a role.
    expect(chart.querySelectorAll('g[aria-hidden="true"]').length).toBeGreaterThan(0);
    expect(namedMarks(chart)).toEqual([]);
  });

  it('gives each sparkline of a profile its own name: the indicator, the territory and the periods', () => {
    const territory = series('commune:62427', 'Hénin-Beaumont');
    const population = sparkline(territory, { width: 220, decimals: 0, indicator: 'Population municipale', unit: 'habitants' });
    const households = sparkline(territory, { width: 220, decimals: 0, indicator: 'Ménages', unit: 'ménages' });
    expect(population.getAttribute('role')).toBe('img');
    expect(population.getAttribute('aria-label')).toBe('Tendance : Population municipale, Hénin-Beaumont, 2019–2022');
    expect(households.getAttribute('aria-label')).toBe('Tendance : Ménages, Hénin-Beaumont, 2019–2022');
    expect(population.getAttribute('aria-description')).toBe(
      '2019 : 1\u202f000 habitants ; 2020 : 1\u202f010 habitants ; 2021 : 1\u202f020 habitants ; 2022 : 1\u202f030 habitants',
    );
    expect(namedMarks(population)).toEqual([]);
  });

  it('finds the svg inside a figure, and replaces a description it was not given', () => {
    const figure = document.createElement('figure');
    figure.innerHTML = '<svg aria-label="old" aria-description="old"><g aria-label="line"></g></svg>';
    asImage(figure, 'Nouveau nom');
    const svg = figure.querySelector('svg')!;
    expect([svg.getAttribute('role'), svg.getAttribute('aria-label'), svg.hasAttribute('aria-description')]).toEqual(['img', 'Nouveau nom', false]);
    expect(svg.querySelector('g')!.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelector('g')!.hasAttribute('aria-label')).toBe(false);
  });
});
