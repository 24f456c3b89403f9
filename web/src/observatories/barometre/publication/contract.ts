/**
 * The barometer's answer as the publication reads it: GET /api/v1/barometre/{territory}/{quarter}
 * (the contract between the API and the publication). The renderer only reads these members; the screen page checks
 * that the API's generated type is assignable to it (api.ts), so that a change of the API breaks the build, not a print.
 */

export type FigureStatus = 'ok' | 'secret' | 'restricted' | 'missing' | (string & {});

export interface Change {
  period: string;
  value: number | null;
  change: number | null;
  changePercent: number | null;
}

export interface SeriesPoint {
  period: string;
  value: number | null;
  status: FigureStatus;
  provisional: boolean;
  revised: boolean;
}

export interface Detail {
  label: string;
  unit: string;
  decimals: number;
  status: FigureStatus;
  value: number | null;
  yearOnYear: Change | null;
}

export interface RiskClass {
  class: string;
  label: string;
  share: number | null;
  companies: number | null;
}

export interface Indicator {
  key: 'emploi_prive' | 'demandeurs_emploi' | 'defaillances' | 'nota_pme' | (string & {});
  title: string;
  unit: string;
  decimals: number;
  source: string;
  status: FigureStatus;
  value: number | null;
  provisional: boolean;
  revision: { previousValue: number | null; revisedAt: string } | null;
  quarterOnQuarter: Change | null;
  yearOnYear: Change | null;
  series: readonly SeriesPoint[];
  details: readonly Detail[];
  /** Nota-PME only: the companies by risk class; null when restricted. */
  classes?: readonly RiskClass[] | null;
}

export interface Barometre {
  territory: { id: string; name: string; level: string };
  quarter: string;
  latestQuarter: string;
  quarters: readonly string[];
  indicators: readonly Indicator[];
  keyFigures: readonly { value: string; label: string }[];
  brief: { text: string; version: number; updatedAt: string; updatedBy: string } | null;
  sources: readonly string[];
  generatedAt: string;
}
