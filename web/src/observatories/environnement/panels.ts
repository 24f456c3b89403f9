/** The overheating page's panels: the territory's figures, the legend, and the buildings in hot spots as a table. */
import { formatCount, formatDate, formatDecimal, formatInteger } from '../../platform/format';
import { simpleTable } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { Exposure, Surchauffe } from './api';
import { BUILDING_TYPES, ZONE_CLASSES } from './legend';

function figure(label: string, value: string, testid: string, note?: string): HTMLElement {
  return h('div', {}, h('dt', {}, label), h('dd', { 'data-testid': testid }, value), note ? h('dd', { class: 'note' }, note) : null);
}

/** "1 école, 2 crèches" (the types with at least one), or "aucun". */
export function byTypeWords(exposure: Exposure): string {
  const words = exposure.byType
    .filter((t) => t.count > 0)
    .map((t) => {
      const type = BUILDING_TYPES.find((b) => b.code === t.type);
      return type ? formatCount(t.count, type.singular, type.plural) : `${formatInteger(t.count)} ${t.label}`;
    });
  return words.length === 0 ? 'aucun' : words.join(', ');
}

export function renderFigures(slot: HTMLElement, answer: Surchauffe): void {
  const hot = answer.hotSpots;
  const cool = answer.coolIslands;
  const image = answer.imageDates.length > 0 ? `Image du ${answer.imageDates.map((d) => formatDate(d)).join(', ')}` : 'Aucune image chargée';
  replaceContent(
    slot,
    h('p', { class: 'note', 'data-testid': 'image' }, image),
    h(
      'dl',
      { class: 'env-figures' },
      figure(
        'Habitants en îlot de chaleur',
        formatInteger(Math.round(hot.population)),
        'hot-population',
        `sur ${formatInteger(Math.round(answer.population))} habitants`,
      ),
      figure('Part de la population en îlot de chaleur', hot.share === null ? '–' : `${formatDecimal(hot.share)}\u00a0%`, 'hot-share'),
      figure('Bâtiments sensibles en îlot de chaleur', formatInteger(hot.buildings), 'hot-buildings', byTypeWords(hot)),
      figure('Part de la population en îlot de fraîcheur', cool.share === null ? '–' : `${formatDecimal(cool.share)}\u00a0%`, 'cool-share'),
      figure('Bâtiments sensibles en îlot de fraîcheur', formatInteger(cool.buildings), 'cool-buildings', byTypeWords(cool)),
    ),
  );
}

export function renderLegend(slot: HTMLElement): void {
  const swatch = (colour: string, round: boolean) =>
    h('span', { class: round ? 'env-swatch env-swatch--round' : 'env-swatch', style: `background:${colour}`, 'aria-hidden': 'true' });
  replaceContent(
    slot,
    h('h3', {}, 'Zones'),
    h('ul', { class: 'env-legend' }, ...ZONE_CLASSES.map((c) => h('li', { 'data-key': c.code }, swatch(c.colour, false), c.label))),
    h('h3', {}, 'Bâtiments sensibles'),
    h(
      'ul',
      { class: 'env-legend' },
      ...BUILDING_TYPES.map((t) => h('li', { 'data-key': t.code }, swatch(t.colour, true), t.label)),
      h(
        'li',
        { 'data-key': 'in-hot-spot' },
        h('span', { class: 'env-swatch env-swatch--round env-swatch--ring', 'aria-hidden': 'true' }),
        'Cerclé de noir : en îlot de chaleur',
      ),
    ),
  );
}

export function renderBuildings(slot: HTMLElement, answer: Surchauffe): void {
  const buildings = answer.buildingsInHotSpots;
  replaceContent(
    slot,
    h(
      'p',
      { 'data-testid': 'buildings-count', 'aria-live': 'polite' },
      formatCount(buildings.length, 'bâtiment sensible', 'bâtiments sensibles') + ' en îlot de chaleur',
    ),
    buildings.length === 0
      ? h('p', { class: 'note' }, 'Aucun bâtiment sensible de ce territoire ne se trouve dans un îlot de chaleur.')
      : simpleTable(
          'Les bâtiments sensibles en îlot de chaleur',
          ['Établissement', 'Type', 'Commune', 'Adresse', 'Zone'],
          buildings.map((b) => [b.name, b.typeLabel, b.commune.name, b.address ?? '', b.zoneClassLabel]),
          5,
        ),
  );
}
