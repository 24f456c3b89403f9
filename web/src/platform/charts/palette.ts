/**
 * Colours and dash patterns of the chart series: every colour has a contrast of at least 4.5:1 on white (RGAA
 * asks 3:1 for graphics), and each series also has its own dash pattern, so that no information rests on colour.
 */
export const SERIES_STYLES: readonly { colour: string; dash: string | null; label: string }[] = [
  { colour: '#000091', dash: null, label: 'trait plein' },
  { colour: '#b34000', dash: '6 3', label: 'tirets' },
  { colour: '#18753c', dash: '2 3', label: 'pointillés' },
  { colour: '#6e445a', dash: '10 3 2 3', label: 'tirets-points' },
  { colour: '#3a3a3a', dash: '12 4', label: 'longs tirets' },
];

export function seriesStyle(index: number): { colour: string; dash: string | null; label: string } {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}
