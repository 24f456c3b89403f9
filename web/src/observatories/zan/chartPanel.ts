/** This page's chart panels: the platform's (platform/charts/panels.ts) with its charts' module. */
import type { ChartPanelDeps as Deps } from '../../platform/charts/panels';

export { loadCharts, Redraws } from '../../platform/charts/panels';

export type Charts = typeof import('./charts');
export type ChartPanelDeps = Deps<Charts>;
