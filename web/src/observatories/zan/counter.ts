/**
 * The ZAN counter's figures in plain French and summed, without DOM: the sentences beside the gauge, the share of
 * the 2021–2030 period elapsed, the sums of the destinations, the sentence over the destinations chart, the ranking's
 * scope. Unit-tested in counter.test.ts.
 */
import type { YearConsumption, ZanCounter } from './api';
import { formatInteger } from '../../platform/format';
import { ha, percent } from './words';

/**
 * The counter in plain French sentences: the same figures as the gauge, for everyone and for screen readers. `where`
 * is the territory as French places things in it (the API's `names.in`: "dans la CA de Lens", "à Carvin").
 */
export function counterSentences(c: ZanCounter, where: string): string[] {
  const sentences = [
    `De 2011 à 2020, ${where}, ${ha(c.referenceHa)} d’espaces naturels, agricoles et forestiers ont été consommés (période de référence).`,
    `Son enveloppe pour 2021–2030 est de ${ha(c.envelopeHa)} : la consommation de référence réduite de ${percent.format(c.reduction)}, avec une garantie d’un hectare par commune${c.communes > 1 ? ` (${formatInteger(c.communes)} communes)` : ''}.`,
  ];
  if (c.exceeded) {
    sentences.push(
      `De 2021 à ${c.latestYear}, ${ha(c.consumedHa)} ont été consommés : l’enveloppe est dépassée de ${ha(-c.remainingHa)} (${percent.format(c.usedShare)} de l’enveloppe), depuis ${c.exhaustionYear ?? c.latestYear}.`,
    );
  } else {
    sentences.push(
      `De 2021 à ${c.latestYear}, ${ha(c.consumedHa)} ont déjà été consommés, soit ${percent.format(c.usedShare)} de l’enveloppe ; il reste ${ha(c.remainingHa)} pour les années ${c.latestYear + 1} à 2030.`,
    );
    sentences.push(paceSentence(c));
  }
  const first = c.path[0];
  if (first) {
    const total = c.path.reduce((sum, p) => sum + p.allowanceHa, 0);
    sentences.push(
      `Après 2030, la trajectoire vers le zéro artificialisation nette autorise ${ha(first.allowanceHa)} en ${first.year}, puis de moins en moins jusqu’à ${ha(c.path[c.path.length - 1]?.allowanceHa ?? 0)} en 2050 (${ha(total)} en tout sur 2031–2050).`,
    );
  }
  return sentences;
}

/** When the envelope runs out at the pace of the last three years (an envelope not yet exceeded). */
function paceSentence(c: ZanCounter): string {
  if (c.pacePerYearHa <= 0 || c.exhaustionYear === null) return 'Aucune consommation ces trois dernières années : à ce rythme, l’enveloppe ne s’épuise pas.';
  const pace = `Au rythme des trois dernières années (${ha(c.pacePerYearHa)} par an)`;
  if (c.exhaustionYear > 2030) return `${pace}, l’enveloppe tient jusqu’en 2030 (épuisement projeté en ${c.exhaustionYear}).`;
  const early = 2030 - c.exhaustionYear;
  return `${pace}, l’enveloppe sera épuisée en ${c.exhaustionYear}, ${early === 0 ? 'la dernière année de la période' : `${early} an${early > 1 ? 's' : ''} avant l’échéance de 2030`}.`;
}

/** Share of the 2021–2030 period elapsed at the end of the latest year (4 years of 10 → 0.4). */
export function elapsedShare(latestYear: number): number {
  return Math.max(0, Math.min(1, (latestYear - 2020) / 10));
}

/** The sum of a year's destinations (the API rounds each to the hundredth, so it may differ from the total by a few). */
export function destinationSum(year: YearConsumption): number {
  return Object.values(year.byDestination).reduce((sum, v) => sum + v, 0);
}

export interface DestinationTotals {
  /** Hectares of each destination over the years, in the order of the destinations given. */
  byDestination: number[];
  /** Hectares over the years, all destinations (the sum of the years' totals). */
  grand: number;
}

/** What each destination took over the years, and all of them together. */
export function destinationTotals(years: readonly YearConsumption[], codes: readonly string[]): DestinationTotals {
  return {
    byDestination: codes.map((code) => years.reduce((sum, y) => sum + (y.byDestination[code] ?? 0), 0)),
    grand: years.reduce((sum, y) => sum + y.totalHa, 0),
  };
}

/**
 * "Depuis 2011, habitat 61 %, activité 24 % de la consommation d’espaces de Carvin.": the two largest destinations;
 * `nameOf` is the territory after "de", as the API names it ("de Carvin", "du périmètre de l’AULA").
 */
export function destinationsSentence(years: readonly YearConsumption[], destinations: readonly { code: string; label: string }[], nameOf: string): string {
  const totals = destinationTotals(
    years,
    destinations.map((d) => d.code),
  );
  const shares = destinations
    .map((d, i) => ({ label: d.label, share: totals.grand > 0 ? totals.byDestination[i]! / totals.grand : 0 }))
    .sort((a, b) => b.share - a.share);
  return `Depuis ${years[0]?.year}, ${shares
    .slice(0, 2)
    .map((x) => `${x.label.toLowerCase()} ${percent.format(x.share)}`)
    .join(', ')} de la consommation d’espaces ${nameOf}.`;
}
