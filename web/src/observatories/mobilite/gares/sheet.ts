/**
 * What the page shows of the figures: the territory's key figures with their change, the stations' table sorted by
 * passengers, and a station's sheet whose series are drawn as small bar charts (inline SVG, one image each, named by
 * its values; the table of the series follows them).
 */
import { formatInteger, formatPeriod } from '../../../platform/format';
import { simpleTable, sortableTable, type Column } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import type { StationChange, StationFigures, StationItem, Stations } from './api';
import { changeText, count, dash, direction, rate, signedPercent, signedPoints } from './words';

const SVG = 'http://www.w3.org/2000/svg';

/** The passengers' change in words: "+20 % (1 000 en 2023), en hausse". */
export function passengersChange(change: StationChange | null | undefined, previous: StationFigures | null | undefined): string {
  if (!change || !previous) return dash;
  return `${changeText(signedPercent(change.passengersPercent), count(previous.passengers), change.previousPeriod)}, ${direction(change.passengers)}`;
}

export function occupancyChange(points: number | null | undefined, previous: number | null | undefined, period: string | undefined): string {
  if (points == null || period === undefined) return dash;
  return `${changeText(signedPoints(points), rate(previous), period)}, ${direction(points)}`;
}

/** The territory's figures of its latest period and their change since the period before. */
export function renderFigures(slot: HTMLElement, stations: Stations): void {
  const latest = stations.totals.at(-1);
  if (!latest) {
    replaceContent(slot, h('p', {}, `Aucune gare avec des chiffres : ${stations.name}.`));
    return;
  }
  const previous = stations.totals.at(-2);
  const change = stations.totalsChange;
  const figure = (id: string, label: string, value: string, raw: number | null | undefined, evolution: string) =>
    h(
      'div',
      { class: 'figure' },
      h('dt', {}, label),
      h('dd', { 'data-testid': id, 'data-value': raw ?? '' }, value),
      h('dd', { class: 'gares-change' }, `Évolution : ${evolution}`),
    );
  replaceContent(
    slot,
    h(
      'p',
      { class: 'note' },
      `${formatPeriod(latest.period)}, ${formatInteger(latest.stations)} gare${latest.stations > 1 ? 's' : ''} desservie${latest.stations > 1 ? 's' : ''} — ${stations.name}. Les taux rapportent la somme des véhicules stationnés à la somme des places.`,
    ),
    h(
      'dl',
      { class: 'gares-figures' },
      figure('passengers', 'Voyageurs par an', count(latest.passengers), latest.passengers, passengersChange(change, previous)),
      figure(
        'trains',
        'Trains par jour ouvré (arrêts)',
        count(latest.trainsPerWeekday),
        latest.trainsPerWeekday,
        change && previous ? changeText(signedSigned(change.trainsPerWeekday), count(previous.trainsPerWeekday), change.previousPeriod) : dash,
      ),
      figure(
        'parking-occupancy',
        `Occupation des parkings (${count(latest.parkingPlaces)} places)`,
        rate(latest.parkingOccupancy),
        latest.parkingOccupancy,
        occupancyChange(change?.parkingOccupancyPoints, previous?.parkingOccupancy, change?.previousPeriod),
      ),
      figure(
        'bike-occupancy',
        `Occupation du stationnement vélo (${count(latest.bikePlaces)} places)`,
        rate(latest.bikeOccupancy),
        latest.bikeOccupancy,
        occupancyChange(change?.bikeOccupancyPoints, previous?.bikeOccupancy, change?.previousPeriod),
      ),
    ),
  );
}

function signedSigned(value: number | null | undefined): string {
  return value == null ? dash : value > 0 ? `+${formatInteger(value)}` : value < 0 ? `−${formatInteger(-value)}` : '0';
}

/** The stations as a table, sorted by passengers (most first); a station's name opens its sheet. */
export function stationsTable(stations: Stations, href: (id: string) => string): HTMLElement {
  const columns: Column<StationItem>[] = [
    {
      key: 'name',
      label: 'Gare',
      cell: (s) => h('a', { href: href(s.id), 'data-nav': '', 'data-station': s.id }, s.name),
      sort: (s) => s.name,
      rowHeader: true,
    },
    { key: 'commune', label: 'Commune', cell: (s) => s.communeName, sort: (s) => s.communeName },
    {
      key: 'passengers',
      label: 'Voyageurs par an',
      cell: (s) => (s.passengerService ? count(s.latest?.passengers) : 'sans desserte voyageurs'),
      sort: (s) => s.latest?.passengers ?? null,
      numeric: true,
    },
    { key: 'change', label: 'Évolution des voyageurs', cell: (s) => passengersChange(s.change, s.previous) },
    {
      key: 'trains',
      label: 'Trains par jour ouvré',
      cell: (s) => count(s.latest?.trainsPerWeekday),
      sort: (s) => s.latest?.trainsPerWeekday ?? null,
      numeric: true,
    },
    {
      key: 'parking',
      label: 'Occupation du parking',
      cell: (s) => (s.latest ? `${rate(s.latest.parkingOccupancy)} de ${count(s.latest.parkingPlaces)} places` : dash),
      sort: (s) => s.latest?.parkingOccupancy ?? null,
      numeric: true,
    },
    {
      key: 'parking-change',
      label: 'Évolution du parking',
      cell: (s) => occupancyChange(s.change?.parkingOccupancyPoints, s.previous?.parkingOccupancy, s.change?.previousPeriod),
    },
    {
      key: 'bikes',
      label: 'Occupation du stationnement vélo',
      cell: (s) => (s.latest ? `${rate(s.latest.bikeOccupancy)} de ${count(s.latest.bikePlaces)} places` : dash),
      sort: (s) => s.latest?.bikeOccupancy ?? null,
      numeric: true,
    },
  ];
  const table = sortableTable(`Les gares — ${stations.name}, par voyageurs de la dernière année`, columns, stations.stations, {
    key: 'passengers',
    direction: 'descending',
  });
  return h('div', { class: 'table-wrap', 'data-testid': 'stations-table' }, table.element);
}

/** A small bar chart of one figure's series: one image named by its values. */
export function barChart(
  title: string,
  series: readonly StationFigures[],
  pick: (f: StationFigures) => number | null | undefined,
  format: (v: number) => string,
): Element {
  const width = 240;
  const height = 96;
  const values = series.map((f) => pick(f) ?? null);
  const top = Math.max(1, ...values.map((v) => v ?? 0));
  const step = width / Math.max(1, series.length);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height + 16}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('class', 'gares-chart');
  svg.setAttribute('aria-label', `${title} : ${series.map((f, i) => `${f.period} ${values[i] == null ? 'non mesuré' : format(values[i])}`).join(', ')}`);
  series.forEach((f, i) => {
    const value = values[i];
    const barHeight = value == null ? 0 : Math.max(1, (value / top) * height);
    const bar = document.createElementNS(SVG, 'rect');
    bar.setAttribute('x', String(i * step + step * 0.15));
    bar.setAttribute('y', String(height - barHeight));
    bar.setAttribute('width', String(step * 0.7));
    bar.setAttribute('height', String(barHeight));
    bar.setAttribute('fill', i === series.length - 1 ? '#000091' : '#8585f6');
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(i * step + step / 2));
    label.setAttribute('y', String(height + 13));
    label.setAttribute('text-anchor', 'middle');
    label.setAttribute('font-size', '12');
    label.textContent = f.period.slice(2);
    svg.append(bar, label);
  });
  return h('figure', { class: 'gares-chart-figure' }, h('figcaption', {}, title), svg);
}

/** A station's sheet: its lines, its latest figures with their change, its series on small charts and in a table. */
export function renderSheet(slot: HTMLElement, station: StationItem | null, close: string): void {
  if (!station) {
    replaceContent(slot, h('p', { class: 'note' }, 'Choisissez une gare dans le tableau ou sur la carte pour voir sa fiche.'));
    return;
  }
  const heading = h('h3', { id: 'gares-fiche-titre', tabindex: '-1' }, `Gare de ${station.name} (${station.communeName})`);
  const lines = station.lines.length > 0 ? `Lignes : ${station.lines.join(' ; ')}.` : 'Aucune ligne de voyageurs ne la dessert aujourd’hui.';
  const parts: (Element | string)[] = [heading, h('p', {}, lines)];
  if (!station.passengerService || !station.latest) {
    parts.push(h('p', { 'data-testid': 'no-service' }, 'Gare sans desserte voyageurs : pas de fréquentation ni d’enquête de stationnement.'));
  } else {
    const latest = station.latest;
    parts.push(
      h(
        'ul',
        { class: 'gares-sheet-figures' },
        h(
          'li',
          { 'data-testid': 'sheet-passengers' },
          `${formatPeriod(latest.period)} : ${count(latest.passengers)} voyageurs ; évolution ${passengersChange(station.change, station.previous)}`,
        ),
        h('li', {}, `${count(latest.trainsPerWeekday)} trains par jour ouvré`),
        h(
          'li',
          {},
          `Parking : ${rate(latest.parkingOccupancy)} occupé (${count(latest.parkingOccupied)} véhicules pour ${count(latest.parkingPlaces)} places) ; évolution ${occupancyChange(station.change?.parkingOccupancyPoints, station.previous?.parkingOccupancy, station.change?.previousPeriod)}`,
        ),
        h(
          'li',
          {},
          `Vélos : ${rate(latest.bikeOccupancy)} occupé (${count(latest.bikeOccupied)} vélos pour ${count(latest.bikePlaces)} places) ; évolution ${occupancyChange(station.change?.bikeOccupancyPoints, station.previous?.bikeOccupancy, station.change?.previousPeriod)}`,
        ),
      ),
      h(
        'div',
        { class: 'gares-charts' },
        barChart('Voyageurs par an', station.series, (f) => f.passengers, formatInteger),
        barChart('Trains par jour ouvré', station.series, (f) => f.trainsPerWeekday, formatInteger),
        barChart('Occupation du parking (%)', station.series, (f) => f.parkingOccupancy, rate),
        barChart('Occupation du stationnement vélo (%)', station.series, (f) => f.bikeOccupancy, rate),
      ),
      simpleTable(
        `Série de la gare de ${station.name}`,
        ['Année', 'Voyageurs', 'Trains par jour ouvré', 'Places de parking', 'Occupation du parking', 'Places vélo', 'Occupation vélo'],
        station.series.map((f) => [
          f.period,
          count(f.passengers),
          count(f.trainsPerWeekday),
          count(f.parkingPlaces),
          rate(f.parkingOccupancy),
          count(f.bikePlaces),
          rate(f.bikeOccupancy),
        ]),
      ),
    );
  }
  parts.push(h('p', {}, h('a', { href: close, 'data-nav': '' }, 'Fermer la fiche')));
  replaceContent(slot, ...parts);
}
