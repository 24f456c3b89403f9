/**
 * What every view is given (the context) and gives back (update on a new route of the same view, destroy when left).
 * Kept apart from the shell so that views and the shell do not import each other.
 */
import type { ApiClient } from './api/client';
import type { ObservatoryItem, TerritorySummary } from './api/types';
import type { Session } from './auth/session';
import type { ObservatoryDefinition } from './registry';
import type { Route, Router } from './routes';

export interface TerritoryChoices {
  groupements: TerritorySummary[];
  epcis: TerritorySummary[];
  departements: TerritorySummary[];
}

export interface Context {
  readonly client: ApiClient;
  readonly document: Document;
  readonly window: Window;
  /** Reads and writes the URLs of every view, the observatories' pages included. */
  readonly router: Router;
  /** Goes to a route: a new history entry, or (replace) a correction of the current one (map moves). */
  navigate<R extends Route>(route: R, options?: { replace?: boolean }): void;
  /** The observatories (cached for the session). */
  observatories(): Promise<ObservatoryItem[]>;
  /** What the web client adds to an observatory (its pages, its link), when it adds anything. */
  observatory(slug: string): ObservatoryDefinition | undefined;
  /** Zones offered by the selectors: groupements, EPCIs, département (cached). */
  territoryChoices(): Promise<TerritoryChoices>;
  /** Sets the page title: "<title> — Observatoires territoriaux". */
  setTitle(title: string): void;
  /** The editor's session (API key in sessionStorage, who is signed in). */
  readonly session: Session;
}

export interface View {
  update(route: Route): void;
  destroy(): void;
}

export type MountFunction<R extends Route> = (container: HTMLElement, route: R, ctx: Context) => View;
