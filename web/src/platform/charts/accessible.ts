/**
 * A chart as assistive technologies should meet it: one image (role="img") named by what it shows, its inner marks
 * hidden. Observable Plot names the <svg> with aria-label but gives it no role, and labels each mark's <g> with its
 * type ("line", "dot", "rule", "tip"): ARIA forbids aria-label on an element without a role (axe-core's
 * aria-prohibited-attr), and those names say nothing to a listener. The values are in the table after each chart.
 */

/** Plot's options for a mark that Plot may draw again after the chart is made (the tip follows the pointer). */
export const HIDDEN_MARK = { ariaHidden: 'true' } as const;

/** Makes Plot's chart (an <svg>, or a <figure> holding one) one labelled image and hides its marks; returns it. */
export function asImage<E extends Element>(chart: E, label: string, description?: string): E {
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
  if (!svg) return chart;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  if (description) svg.setAttribute('aria-description', description);
  else svg.removeAttribute('aria-description');
  for (const mark of svg.querySelectorAll('[aria-label], [aria-description]')) {
    mark.removeAttribute('aria-label');
    mark.removeAttribute('aria-description');
    mark.setAttribute('aria-hidden', 'true');
  }
  return chart;
}
