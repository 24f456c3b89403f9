// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../platform/api/client';
import { demography, PEER_GROUP, survivalComparison } from './fixtures';
import { matching, refusal } from './peerEditor';
import { barWidth, classOf, namesSentence, peerRows, renderPeers } from './peers';

const classes = demography('epci:246200299', 2023).survival.classes;

describe('the peers’ survival rates', () => {
  it('puts each rate in the report’s class as it is printed (one decimal): 68.45 is 68.5, class 2', () => {
    expect(classOf(68.4, classes)).toBe(1);
    expect(classOf(68.45, classes)).toBe(2);
    expect(classOf(71.0, classes)).toBe(2);
    expect(classOf(71.06, classes)).toBe(3);
    expect(classOf(74.05, classes)).toBe(4);
    expect(classOf(null, classes)).toBeNull();
  });

  it('ranks the territory, its group’s recomputed rate and each member, highest first', () => {
    const rows = peerRows(survivalComparison(), PEER_GROUP, classes);
    expect(rows.map((r) => [r.name, r.value, r.kind, r.class])).toEqual([
      ['CA d’Hénin-Carvin', 72.5, 'subject', 3],
      ['CU d’Arras', 72, 'member', 3],
      ['Moyenne des territoires similaires', 70, 'group', 2],
      ['CA Douaisis Agglo', 68, 'member', 1],
    ]);
  });

  it('names the members in a French sentence and draws bars from 60 %', () => {
    expect(namesSentence(['A', 'B', 'C'])).toBe('A, B et C');
    expect(namesSentence(['A'])).toBe('A');
    expect(barWidth(72.5)).toBe(50);
    expect(barWidth(40)).toBe(2);
    expect(barWidth(null)).toBe(0);
  });

  it('shows the members, a table row per territory with its class, and the agency’s button only when given', () => {
    const slot = document.createElement('div');
    renderPeers(slot, { group: PEER_GROUP, comparison: survivalComparison(), classes, year: 2023, editButton: null });
    expect(slot.querySelector('[data-testid="peer-group-members"]')?.textContent).toContain('CA Douaisis Agglo et CU d’Arras (2 EPCI');
    const rows = [...slot.querySelectorAll('tbody tr')].map((tr) => [tr.getAttribute('data-territory'), tr.querySelector('td:last-child')?.textContent]);
    expect(rows).toEqual([
      ['epci:246200299', '71,1 à 74 %'],
      ['epci:200033579', '71,1 à 74 %'],
      [PEER_GROUP.id, '68,5 à 71 %'],
      ['epci:200044618', 'Inférieur à 68,5 %'],
    ]);
    expect(slot.querySelector('button')).toBeNull();
  });

  it('says why there is no comparison when the territory has no group', () => {
    const slot = document.createElement('div');
    renderPeers(slot, 'Aucun groupe');
    expect(slot.textContent).toBe('Aucun groupe');
  });
});

describe('the peer group editor', () => {
  const epci = (id: string, name: string) => ({ id, name, level: 'epci', code: id.slice(5), population: 1, names: { of: '', to: '', in: '' } });

  it('finds EPCIs by any words of their name, accents and case aside', () => {
    const all = [epci('epci:1', 'CA Valenciennes Métropole'), epci('epci:2', 'CU d’Arras'), epci('epci:3', 'CA Amiens Métropole')];
    expect(matching(all, 'metropole amiens').map((c) => c.id)).toEqual(['epci:3']);
    expect(matching(all, '  ').length).toBe(3);
  });

  it('explains a 412 with the other editor’s version, and a 400 with its field errors', () => {
    const current = { ...PEER_GROUP, version: 2, eTag: '"peer-group-pairs-cahc-v2"' };
    const conflict = refusal(new ApiError('changed', { kind: 'http', url: '/x', status: 412, body: { current } }));
    expect(conflict.current?.eTag).toBe('"peer-group-pairs-cahc-v2"');
    expect(conflict.message).toContain('version 2 : CA Douaisis Agglo et CU d’Arras');
    const invalid = refusal(
      new ApiError('invalid', { kind: 'http', url: '/x', status: 400, problem: { errors: { 'members[0]': ['there is no EPCI epci:1'] } } }),
    );
    expect(invalid).toEqual({ message: 'there is no EPCI epci:1', current: null });
  });
});
