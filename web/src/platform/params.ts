/** Reading a route's query parameters: each value checked against what it may be, or left out. */

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID = /^[1-9]\d{0,9}$/;

/** A positive integer id (a site, a park...), or null. */
export function pickId(params: URLSearchParams, name: string): number | null {
  const value = params.get(name);
  return value !== null && ID.test(value) ? Number(value) : null;
}

/** A calendar date yyyy-mm-dd, or null. */
export function pickDate(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value !== null && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** A path of this site to return to: starts with one slash (never "//host"), no scheme. */
export function safeNext(value: string | null): string | null {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || value.length > 500) return null;
  return value;
}

/** A parameter that matches the pattern, or null. */
export function pick(params: URLSearchParams, name: string, pattern: RegExp): string | null {
  const value = params.get(name);
  return value !== null && pattern.test(value) ? value : null;
}

/** Free text (a search), cut at 200 characters. */
export function text(params: URLSearchParams, name: string): string {
  return (params.get(name) ?? '').slice(0, 200);
}
