/** The PDU follow-up in the URL: /mobilite/pdu (one view of every objective: nothing else to keep). */
import type { Route } from '../../../platform/routes';

export interface PduRoute {
  view: 'mobilite/pdu';
}

export function pduRoute(): PduRoute {
  return { view: 'mobilite/pdu' };
}

export function parsePdu(segments: readonly string[]): PduRoute | null {
  return segments.length === 2 && segments[0] === 'mobilite' && segments[1] === 'pdu' ? pduRoute() : null;
}

export function pduUrl(_route: PduRoute): string {
  return '/mobilite/pdu';
}

export function isPduRoute(route: Route): route is PduRoute {
  return route.view === 'mobilite/pdu';
}
