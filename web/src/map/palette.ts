/**
 * Qualitative palette for categories (one colour per EPCI).
 *
 * Paul Tol's "bright" scheme: distinguishable by people with the common forms
 * of colour blindness and in grey-scale print. The order matters: the first
 * five are the most distinct from one another.
 */
export const CATEGORY_COLOURS = [
  '#4477AA', // blue
  '#EE6677', // red
  '#228833', // green
  '#CCBB44', // yellow
  '#66CCEE', // cyan
  '#AA3377', // purple
] as const;

/** For features without a category or beyond the palette. */
export const UNKNOWN_COLOUR = '#BBBBBB';

/**
 * Gives each key a colour, in the order of `keys` (duplicates ignored). Keys
 * beyond the palette share the neutral grey rather than reusing a colour,
 * which would make two categories look like one.
 */
export function assignColours(keys: Iterable<string>): Map<string, string> {
  const colours = new Map<string, string>();
  for (const key of keys) {
    if (colours.has(key)) continue;
    colours.set(key, CATEGORY_COLOURS[colours.size] ?? UNKNOWN_COLOUR);
  }
  return colours;
}
