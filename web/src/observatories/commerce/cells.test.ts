import { describe, expect, it } from 'vitest';
import type { CellFeature } from './api';
import { cellLabel, cellPoints, legendEntries, shownCells } from './cells';
import { carteRoute } from './route';

const cell = (id: string, status: string, activity: string | null): CellFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [2.64, 50.53] },
  properties: {
    cell: id,
    name: activity ? `Commerce ${id}` : null,
    address: `${id} rue d’Arras`,
    commune: 'commune:62119',
    previous_activity: null,
    survey: 2,
    activity,
    activity_label: activity === 'alimentaire' ? 'Alimentaire' : activity === 'chr' ? 'Cafés, hôtels, restaurants' : null,
    status,
    status_label: status === 'active' ? 'Active' : status === 'vacant' ? 'Vacante' : 'En travaux',
    centrality: 'bethune-centre',
    surveyed_on: '2024-04-02',
  },
});

const CELLS = [
  cell('1', 'active', 'alimentaire'),
  cell('2', 'active', 'alimentaire'),
  cell('3', 'active', 'chr'),
  cell('4', 'vacant', null),
  cell('5', 'travaux', 'chr'),
  cell('6', 'travaux', null),
];

describe('the map’s filters and legend', () => {
  it('shows everything by default, with one legend entry per activity then the vacant and works cells, counted', () => {
    const shown = shownCells(CELLS, carteRoute());
    expect(shown).toHaveLength(6);
    expect(legendEntries(shown).map((e) => [e.key, e.symbol, e.count])).toEqual([
      ['alimentaire', 'activity', 2],
      ['chr', 'activity', 1],
      ['vacant', 'vacant', 1],
      ['travaux', 'travaux', 2],
    ]);
  });

  it('an activity filter keeps the cells of those activities and the cells without one; the legend follows', () => {
    const shown = shownCells(CELLS, carteRoute({ activities: ['alimentaire'] }));
    expect(shown.map((c) => c.properties.cell)).toEqual(['1', '2', '4', '6']);
    expect(legendEntries(shown).map((e) => e.key)).toEqual(['alimentaire', 'vacant', 'travaux']);
  });

  it('a status filter applies to every cell, and nothing checked shows nothing', () => {
    expect(shownCells(CELLS, carteRoute({ statuses: ['vacant'] })).map((c) => c.properties.cell)).toEqual(['4']);
    expect(shownCells(CELLS, carteRoute({ statuses: ['active'], activities: ['chr'] })).map((c) => c.properties.cell)).toEqual(['3']);
    expect(legendEntries(shownCells(CELLS, carteRoute({ statuses: [] })))).toEqual([]);
  });

  it('draws a vacant cell as a hollow grey ring whatever its past activity, marks the chosen one and names each point', () => {
    const points = cellPoints(CELLS, '3');
    expect(points.map((p) => [p.properties.symbol, p.properties.colour, p.properties.chosen])).toEqual([
      ['activity', '#1b7837', false],
      ['activity', '#1b7837', false],
      ['activity', '#a50026', true],
      ['vacant', '#7b7b7b', false],
      ['travaux', '#a50026', false],
      ['travaux', '#7b7b7b', false],
    ]);
    expect(cellLabel(CELLS[0]!.properties)).toBe('Commerce 1, 1 rue d’Arras — Active, Alimentaire');
    expect(cellLabel(CELLS[3]!.properties)).toBe('4 rue d’Arras — Vacante');
  });
});
