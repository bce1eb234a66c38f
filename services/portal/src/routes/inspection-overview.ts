// GET /inspections/:id: one inspection's settings and the steps of its set-up, each with its status.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { InspectionView } from '@yji/contracts';
import { hasRatingRules } from '@yji/domain';
import { pathId } from './inspection-params.ts';
import { apiFor, needsRole, page, signedIn, type RouteDeps } from './route-deps.ts';

export type Inspection = z.infer<typeof InspectionView>;

/** Reads the inspection, as its lead; the breadcrumbs every page under it starts with. */
export async function leadsInspection(deps: RouteDeps, request: Parameters<typeof apiFor>[1]) {
  const id = pathId(request);
  const inspection = await apiFor(deps, request).get<Inspection>(`/api/inspections/${id}`);
  const breadcrumbs = [
    { text: 'Home', href: '/' },
    { text: 'Inspections', href: '/inspections' },
    { text: inspection.record.yjs.name, href: `/inspections/${id}` },
  ];
  return { id, inspection, breadcrumbs };
}

export const leadPage = [signedIn, needsRole('lead-inspector')];

/** The phases from which the inspection's ratings panel is open. */
const PANEL_PHASES = new Set(['ratings-panel', 'ratings-approved', 'publication', 'published']);

/** The report opens once the chair approves the ratings (issue 11). */
const REPORT_STATUS: Readonly<Record<string, string>> = {
  'ratings-approved': 'Open',
  publication: 'Open',
  published: 'Published',
};

const CANNOT_START = 'Cannot start yet';
/** The steps after QA where an inspection has no rating rules (2016: hasRatingRules). */
const NOT_RATED = 'None for a 2016 inspection';

export function registerInspectionOverview(app: FastifyInstance, deps: RouteDeps) {
  app.get('/inspections/:id', { preHandler: leadPage }, async (request, reply) => {
    const { inspection, breadcrumbs } = await leadsInspection(deps, request);
    const { phase, longList, sample } = inspection.workflow;
    const done = (yes: boolean) => (yes ? 'Completed' : 'Not started');
    const after = phase !== 'set-up' && phase !== 'sampling';
    const rated = hasRatingRules(inspection.record.frameworks.standards);
    const steps = [
      { text: 'Build the team', href: 'team', status: 'Change at any time' },
      { text: 'Upload the long list', href: 'long-list', status: done(Boolean(longList)) },
      {
        text: 'Draw and confirm the sample',
        href: 'sample',
        status: sample?.confirmed ? 'Completed' : sample ? 'In progress' : 'Not started',
      },
      { text: 'Assign cases', href: 'assignments', status: after ? 'Open' : CANNOT_START },
      { text: 'Follow progress', href: 'progress', status: after ? 'Open' : CANNOT_START },
      {
        text: 'Cases flagged for exclusion',
        href: 'exclusion-flags',
        status: after ? 'Open' : CANNOT_START,
      },
      { text: 'Quality assurance settings', href: 'qa-settings', status: 'Change at any time' },
      { text: 'Quality assurance', href: 'qa', status: after ? 'Open' : CANNOT_START },
      { text: 'Safeguarding alerts', href: 'alerts', status: after ? 'Open' : CANNOT_START },
      {
        text: 'Ratings panel',
        href: 'ratings',
        status: !rated ? NOT_RATED : PANEL_PHASES.has(phase) ? 'Open' : CANNOT_START,
      },
      {
        text: 'Report',
        href: 'report',
        status: !rated ? NOT_RATED : (REPORT_STATUS[phase] ?? CANNOT_START),
      },
    ];
    return page(request, reply, 'lead/inspection.njk', {
      title: `Inspection of ${inspection.record.yjs.name}`,
      section: 'inspections',
      inspection,
      // A step that cannot start yet, or never will, has nowhere to go: the page lists it without a link.
      steps: steps.map((step) =>
        step.status === CANNOT_START || step.status === NOT_RATED ? { ...step, href: undefined } : step,
      ),
      breadcrumbs: breadcrumbs.slice(0, 2),
    });
  });
}
