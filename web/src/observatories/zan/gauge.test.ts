// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { COUNTER } from './fixtures';
import { drawingWidth, gaugeSvg, renderGauge } from './gauge';

afterEach(() => {
  document.body.replaceChildren();
});

describe('the gauge', () => {
  it('draws the consumed part of the envelope in proportion, with a steady-pace marker', () => {
    const svg = gaugeSvg(COUNTER);
    const track = svg.querySelectorAll('rect')[0]!;
    const used = svg.querySelector('[data-part="consumed"]')!;
    expect(Number(used.getAttribute('width')) / Number(track.getAttribute('width'))).toBeCloseTo(0.625, 3);
    expect(svg.querySelector('[data-part="overflow"]')).toBeNull();
    expect(svg.getAttribute('aria-label')).toBe('Jauge : 101,2\u00a0ha consommés sur une enveloppe de 161,9\u00a0ha (63\u00a0%), il reste 60,7\u00a0ha.');
    expect(svg.querySelector('line')?.getAttribute('x1')).toBe(String(8 + 0.4 * 624));
  });

  it('is drawn at the width it gets, so that its labels keep their size on a phone, each on its row when narrow', () => {
    expect([drawingWidth(0), drawingWidth(343), drawingWidth(200), drawingWidth(900)]).toEqual([640, 343, 320, 640]);
    const labelRows = (svg: SVGSVGElement): string[] => [...svg.querySelectorAll('text')].slice(0, 2).map((t) => t.getAttribute('y')!);
    const wide = gaugeSvg(COUNTER);
    expect(wide.getAttribute('viewBox')).toBe('0 0 640 104');
    expect(new Set(labelRows(wide)).size).toBe(1);
    const phone = gaugeSvg(COUNTER, 343);
    expect(phone.getAttribute('viewBox')).toBe('0 0 343 124');
    expect(new Set(labelRows(phone)).size).toBe(2);
    expect(Number(phone.querySelector('[data-part="consumed"]')!.getAttribute('width'))).toBeCloseTo(0.625 * 327, 3);
  });

  it('draws an exceeded envelope with its overflow, and says so', () => {
    const over = { ...COUNTER, consumedHa: 180, remainingHa: -18.1, usedShare: 1.112, exceeded: true, exhaustionYear: 2024 };
    const svg = gaugeSvg(over);
    expect(svg.querySelector('[data-part="overflow"]')).not.toBeNull();
    expect(svg.getAttribute('aria-label')).toContain('enveloppe dépassée');
  });

  it('lists the figures with their values, the alerts marked, and the sentences', () => {
    const slot = document.createElement('div');
    document.body.append(slot);
    renderGauge(slot, COUNTER, 'à Carvin');
    expect(slot.querySelector('.gauge')?.getAttribute('data-territory')).toBe(COUNTER.territory);
    expect(slot.querySelector('[data-testid="remaining"]')?.getAttribute('data-value')).toBe('60.7');
    expect(slot.querySelector('[data-testid="pace"]')?.textContent).toBe('24,1\u00a0ha/an');
    expect([...slot.querySelectorAll('.gauge__figure--alert [data-testid]')].map((e) => e.getAttribute('data-testid'))).toEqual(['exhaustion']);
    expect(slot.querySelectorAll('[data-testid="sentences"] li')).toHaveLength(5);
    const exceeded = { ...COUNTER, remainingHa: -18.1, usedShare: 1.112, exceeded: true, exhaustionYear: 2024 };
    renderGauge(slot, exceeded, 'à Carvin');
    expect(slot.querySelector('[data-testid="remaining"]')?.textContent).toBe('18,1\u00a0ha');
    expect(slot.querySelectorAll('.gauge__figure--alert')).toHaveLength(2);
  });
});
