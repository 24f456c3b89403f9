// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { objectiveChart } from './chart';
import { SAFETY } from './fixtures';

describe('an objective’s chart', () => {
  it('is one image named by the indicator, with the indicator’s values solid and the path to the target dashed', () => {
    const chart = objectiveChart(SAFETY, { width: 480 });
    const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'Évolution de l’indicateur « Accidents impliquant un piéton ou un cycliste sur 5 ans » et trajectoire vers l’objectif',
    );
    const dashed = [...chart.querySelectorAll('[stroke-dasharray="6 4"]')];
    expect(dashed).toHaveLength(1);
    // From (2019, 443) to (2030, 221.5): one segment, going down.
    const path = (dashed[0]!.tagName.toLowerCase() === 'path' ? dashed[0]! : dashed[0]!.querySelector('path')!).getAttribute('d')!;
    const [start, end] = [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(end![0]).toBeGreaterThan(start![0]);
    expect(end![1]).toBeGreaterThan(start![1]);
    expect([...chart.querySelectorAll('text')].some((t) => t.textContent === 'objectif')).toBe(true);
  });

  it('draws no path without a baseline', () => {
    const chart = objectiveChart({ ...SAFETY, baseline: { ...SAFETY.baseline, value: null }, target: { ...SAFETY.target, value: null } }, { width: 320 });
    expect(chart.querySelectorAll('[stroke-dasharray="6 4"] path')).toHaveLength(0);
  });
});
