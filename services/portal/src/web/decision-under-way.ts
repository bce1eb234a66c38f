// A decision the services accepted but had not carried out when they answered (202 decision-in-progress, a
// busy system: issue 12). The lead goes back to the page the form was on, which says the decision is being
// carried out and, for a lead's decision on an inspection, links to the portal's page that asks after it
// (routes/decision-progress.ts): with JavaScript the page asks by itself, without it the lead follows the link.
import type { FastifyRequest } from 'fastify';

/** A lead's decision's Location on the inspection service (services/inspection routes/read-decision.ts). */
const DECISION_LOCATION = /^\/api\/inspections\/([0-9a-f-]{36})\/decisions\/([0-9a-f-]{36})$/;

/** The portal's page that asks after the decision at the service's `location`; none for other waits. */
export function decisionCheckOf(location: string): string | undefined {
  const match = DECISION_LOCATION.exec(location);
  return match ? `/inspections/${match[1]}/decisions/${match[2]}` : undefined;
}

const STILL_UNDER_WAY = 'Your decision was accepted and is still being carried out.';
/** Where the portal cannot ask (an assessor's submission): the page itself shows it once done. */
const REFRESH_LATER = `${STILL_UNDER_WAY} Refresh this page in a minute to see it.`;

/** Says on the next page (`page`, where the decision was taken) that the decision at `location` goes on. */
export function decisionStillUnderWay(request: FastifyRequest, location: string, page: string) {
  const check = decisionCheckOf(location);
  request.session.waiting = check ? STILL_UNDER_WAY : REFRESH_LATER;
  request.session.decisionUnderWay = check ? { check, page } : undefined;
}
