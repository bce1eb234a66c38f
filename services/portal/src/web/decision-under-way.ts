// A decision the services accepted but had not carried out when they answered (202 decision-in-progress, a
// busy system: issue 12). The lead goes back to the page the form was on, which says the decision is being
// carried out and, for a decision on an inspection's workflow, links to the portal's page that asks after it
// (routes/decision-progress.ts): with JavaScript the page asks by itself, without it the person follows the
// link.
import type { FastifyRequest } from 'fastify';

/**
 * Where each service answers with a decision's outcome (its 202's Location: service-kit
 * workflow-decisions.ts), the portal's page that asks after it there, and whose pages those decisions are
 * taken on: the lead inspector's or the ratings panel's.
 */
export const DECISION_CHECKS = [
  {
    service: '/api/inspections/:id/decisions/:decisionId',
    portal: '/inspections/:id/decisions/:decisionId',
    takenBy: 'lead',
  },
  {
    service: '/api/ratings/inspections/:id/outcomes/:decisionId',
    portal: '/inspections/:id/ratings/outcomes/:decisionId',
    takenBy: 'panel',
  },
  {
    service: '/api/publication/inspections/:id/outcomes/:decisionId',
    portal: '/inspections/:id/report/outcomes/:decisionId',
    takenBy: 'lead',
  },
] as const;

const UUID = '([0-9a-f-]{36})';
const LOCATIONS = DECISION_CHECKS.map(({ service, portal }) => ({
  pattern: new RegExp(`^${service.replace(':id', UUID).replace(':decisionId', UUID)}$`),
  portal,
}));

/** The portal's page that asks after the decision at the service's `location`; none for other waits. */
export function decisionCheckOf(location: string): string | undefined {
  for (const { pattern, portal } of LOCATIONS) {
    const match = pattern.exec(location);
    if (match) return portal.replace(':id', match[1]!).replace(':decisionId', match[2]!);
  }
  return undefined;
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
