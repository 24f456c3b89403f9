/** The accommodation map's panels drawn from the API's answers: the capacity of the EPCI and its seasonal occupancy. */
import { simpleTable } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { Capacity, Occupancy } from './api';
import { number } from './figures';

export function renderCapacity(slot: HTMLElement, c: Capacity): void {
  const figure = (label: string, value: string, id: string) =>
    h('li', {}, h('span', { class: 'tourisme-figures__value', 'data-testid': id }, value), h('span', { class: 'tourisme-figures__label' }, label));
  replaceContent(
    slot,
    h(
      'p',
      {},
      `${c.territory.name}, inventaire au ${new Date(c.inventory.asOf).toLocaleDateString('fr-FR', { timeZone: 'UTC' })} : ${number(c.communes)} communes, ${number(c.population)} habitants.`,
    ),
    h(
      'ul',
      { class: 'tourisme-figures' },
      figure('hébergements', number(c.establishments), 'establishments'),
      figure('lits touristiques', number(c.touristBeds), 'tourist-beds'),
      figure('lits touristiques pour 1 000 habitants', c.bedsPerThousand === null ? 'n.d.' : number(c.bedsPerThousand, 1), 'beds-per-thousand'),
    ),
    h(
      'div',
      { 'data-testid': 'capacity-table' },
      simpleTable(
        'Capacité par type d’hébergement',
        ['Type', 'Établissements', 'Capacité', 'Lits touristiques', 'Part des lits'],
        c.byType.map((t) => [
          t.label,
          number(t.establishments),
          `${number(t.capacity === 'emplacements' ? t.pitches : t.capacity === 'chambres' ? t.rooms : t.beds)} ${t.capacity}`,
          number(t.touristBeds),
          t.share === null ? '–' : `${number(t.share, 1)}\u00a0%`,
        ]),
      ),
    ),
  );
}

export function renderOccupancy(slot: HTMLElement, o: Occupancy): void {
  const rate = (value: number) => `${number(value, 1)}\u00a0%`;
  const month = (m: string) => new Date(`${m}-01T00:00:00Z`).toLocaleDateString('fr-FR', { month: 'long', timeZone: 'UTC' });
  replaceContent(
    slot,
    h(
      'p',
      {},
      `Taux d’occupation des hôtels, campings et chambres d’hôtes de ${o.name} en ${o.year} : `,
      h('strong', { 'data-testid': 'occupancy-year' }, rate(o.total.rate)),
      o.summer ? ` sur l’année, ${rate(o.summer.rate)} de juin à septembre` : ' sur l’année',
      o.previousYear ? ` (${rate(o.previousYear.rate)} en ${o.year - 1}).` : '.',
      ' Chaque taux rapporte les nuitées vendues aux nuitées offertes, sommées sur la période.',
    ),
    h(
      'div',
      { 'data-testid': 'occupancy-table' },
      simpleTable(
        `Taux d’occupation mensuel, ${o.year}`,
        ['Mois', 'Nuitées vendues', 'Nuitées offertes', 'Taux d’occupation'],
        o.months.map((m) => [month(m.month), number(m.nightsSold), number(m.nightsOffered), rate(m.rate)]),
      ),
    ),
  );
}
