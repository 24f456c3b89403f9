/**
 * The view's state, kept in the URL query string so that a view can be
 * bookmarked and shared: ?epci=epci:200072460 highlights one EPCI.
 */

export interface ViewState {
  /** Id of the highlighted EPCI, e.g. "epci:200072460", or null. */
  epci: string | null;
}

const EPCI_ID = /^epci:[0-9A-Za-z]{1,20}$/;

export function parseState(search: string): ViewState {
  const value = new URLSearchParams(search).get('epci');
  return { epci: value !== null && EPCI_ID.test(value) ? value : null };
}

/** The query string ("" or "?…") for `state`, keeping the parameters this module does not own. */
export function stateToSearch(state: ViewState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  if (state.epci === null) params.delete('epci');
  else params.set('epci', state.epci);
  // URLSearchParams escapes ':' — keep ids readable, ':' is legal in a query.
  const qs = params.toString().replace(/%3A/gi, ':');
  return qs === '' ? '' : `?${qs}`;
}
