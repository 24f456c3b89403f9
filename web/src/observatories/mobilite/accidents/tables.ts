/** The counts of what is shown, the accident list (the map's table alternative) and the hot spots' table. */
import { formatDate, formatDecimal, formatInteger } from '../../../platform/format';
import { simpleTable, tableAlternative } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import type { AccidentCollection, AccidentProperties, HotSpots } from './api';
import { modesText, plural, SHORT_SEVERITY } from './words';

/** Rows of the list shown at most; the CSV has them all. */
export const LIST_LIMIT = 300;

/** "412 accidents, dont 23 mortels : 25 tués, 140 blessés hospitalisés et 350 blessés légers." */
export function countsSentence(collection: AccidentCollection): string {
  const t = collection.totals;
  const fatal = collection.features.filter((f) => f.properties.severity === 'tue').length;
  if (t.accidents === 0) return 'Aucun accident ne correspond à ces filtres.';
  return (
    `${plural(t.accidents, 'accident')}, dont ${plural(fatal, 'mortel')} : ${plural(t.killed, 'tué')}, ` +
    `${plural(t.hospitalised, 'blessé hospitalisé', 'blessés hospitalisés')} et ${plural(t.lightlyInjured, 'blessé léger', 'blessés légers')}.`
  );
}

export function renderCounts(slot: HTMLElement, collection: AccidentCollection): void {
  const t = collection.totals;
  replaceContent(
    slot,
    h('p', { class: 'accidents-count', id: 'accidents-count', 'data-accidents': String(t.accidents) }, countsSentence(collection)),
    h(
      'ul',
      { class: 'accidents-figures' },
      h('li', {}, h('strong', {}, formatInteger(t.ksi)), ' tués et blessés graves (indice de gravité)'),
      h('li', {}, h('strong', {}, formatInteger(t.pietonOuCycliste)), ' accidents impliquant un piéton ou un cycliste'),
    ),
  );
}

function row(p: AccidentProperties): (string | number)[] {
  return [
    `${formatDate(p.date)} ${p.time.replace(':', ' h ')}`,
    p.communeName,
    SHORT_SEVERITY[p.severity] ?? p.severity,
    modesText(p.modes),
    p.killed,
    p.hospitalised,
    p.lightlyInjured,
  ];
}

/** The accidents of the map as a table, the most recent first (the first LIST_LIMIT). */
export function accidentsTable(collection: AccidentCollection): HTMLElement {
  const rows = [...collection.features].reverse().slice(0, LIST_LIMIT);
  const caption =
    collection.features.length > LIST_LIMIT
      ? `Les ${formatInteger(LIST_LIMIT)} accidents les plus récents sur ${formatInteger(collection.features.length)} (le CSV les contient tous)`
      : `Les ${plural(collection.features.length, 'accident')} de la carte, les plus récents d’abord`;
  return simpleTable(
    caption,
    ['Date', 'Commune', 'Gravité', 'Modes', 'Tués', 'Blessés hospitalisés', 'Blessés légers'],
    rows.map((f) => row(f.properties)),
    4,
  );
}

export function renderList(slot: HTMLElement, collection: AccidentCollection): void {
  replaceContent(slot, tableAlternative('Les accidents de la carte en tableau', accidentsTable(collection)));
}

/** A hot spot's place in words: its communes and its coordinates. */
function where(spot: HotSpots['items'][number]): string {
  return `${spot.communes.map((c) => c.name).join(', ')} (${formatDecimal(spot.latitude, 5)} N, ${formatDecimal(spot.longitude, 5)} E)`;
}

export function renderHotSpots(slot: HTMLElement, answer: HotSpots): void {
  if (answer.items.length === 0) {
    replaceContent(slot, h('p', { class: 'note' }, 'Aucun point noir : pas de groupe d’au moins 3 accidents à moins de 50 m les uns des autres.'));
    return;
  }
  replaceContent(
    slot,
    simpleTable(
      `Points noirs : groupes d’au moins ${answer.minAccidents} accidents à moins de ${formatInteger(answer.radiusM)} m les uns des autres, les plus graves d’abord`,
      ['Rang', 'Lieu', 'Accidents', 'Tués', 'Blessés hospitalisés', 'Indice de gravité', 'Piéton ou cycliste', 'Années'],
      answer.items.map((s) => [
        s.rank,
        where(s),
        s.accidents,
        s.killed,
        s.hospitalised,
        s.ksi,
        s.pietonOuCycliste,
        s.firstYear === s.lastYear ? String(s.firstYear) : `${s.firstYear}–${s.lastYear}`,
      ]),
      2,
    ),
  );
}
