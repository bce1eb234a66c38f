// GET /: what this person has to do now: the inspections they lead, with the alerts and the reviews past their
// deadline waiting there, their open case tasks and the cases QA returned to them, a QA reviewer's queue, the
// safeguarding alerts escalated to them as a second named person, a YJS contact's factual accuracy checks, the
// ratings panels sitting that the person sits on, the next step of each report the person leads on its way to
// publication, and the embargoed previews they are named for. Each part comes from a service of its own; one
// that is down leaves its part "not available just now" (page-parts.ts).
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { InspectionList } from '@yji/contracts';
import { isAssessorsToWorkOn, mayBeSecondPerson, taskDeadline } from '@yji/domain';
import { inspectionNames, named, type ListedInspection } from '../api/inspection-names.ts';
import { myTasks } from '../api/my-tasks.ts';
import { factualChecksOf } from './checks-waiting.ts';
import { publicationNextSteps } from './publication-next-steps.ts';
import {
  alertsEscalated,
  alertsWaiting,
  returnedCases,
  reviewsOverdue,
  reviewsWaiting,
} from './decisions-waiting.ts';
import { isUnavailable, partOf } from './page-parts.ts';
import { panelsSitting, seatsOnPanel } from './panels-sitting.ts';
import { previewsNamedFor } from './previews-named.ts';
import { apiFor, page, type RouteDeps } from './route-deps.ts';

export function registerHome(app: FastifyInstance, deps: RouteDeps) {
  app.get('/', async (request, reply) => {
    // Signed in, the token renewed if due (auth/session-renewal.ts); else the page that invites signing in.
    const user = await request.server.signedInUser(request);
    if (!user)
      return page(request, reply, 'home.njk', { title: 'Youth justice inspections', user: undefined });
    reply.locals = { ...reply.locals, user, csrfToken: reply.generateCsrf() };
    const api = apiFor(deps, request);
    const part = <T>(name: string, load: () => Promise<T>) => partOf(request, name, load);
    const leads = user.roles.includes('lead-inspector');
    const assesses = user.roles.includes('inspector') || user.roles.includes('local-assessor');
    const sits = seatsOnPanel(user.roles);
    const [inspections, allTasks, reviews, checks, escalated, previews] = await Promise.all([
      leads || sits
        ? part(
            'inspections',
            async () => (await api.get<z.infer<typeof InspectionList>>('/api/inspections')).inspections,
          )
        : undefined,
      assesses ? part('case tasks', () => myTasks(api)) : undefined,
      user.roles.includes('qa-reviewer')
        ? part('QA queue', () => reviewsWaiting(api, user.userId))
        : undefined,
      user.roles.includes('yjs-contact')
        ? part('factual accuracy checks', () => factualChecksOf(deps, request))
        : undefined,
      // Only someone whose roles may make them a second named person has alerts escalated to them.
      mayBeSecondPerson(user.roles)
        ? part('safeguarding alerts escalated to you', () => alertsEscalated(api))
        : undefined,
      // Anyone may be named for a preview, on the team or not.
      part('embargoed previews', () => previewsNamedFor(api)),
    ]);
    /** What a part reads from the person's inspections, or that they are not available. */
    const fromInspections = <T>(read: (listed: readonly ListedInspection[]) => T) =>
      inspections && (isUnavailable(inspections) ? inspections : read(inspections));
    const leading = leads
      ? fromInspections((listed) =>
          listed.filter((inspection) => inspection.roles.includes('lead-inspector')),
        )
      : undefined;
    const panels = sits ? fromInspections(panelsSitting) : undefined;
    const led = leading && !isUnavailable(leading) ? leading : undefined;
    const returned = allTasks && !isUnavailable(allTasks) ? returnedCases(allTasks) : [];
    const escalatedAlerts = escalated && !isUnavailable(escalated) ? escalated : [];
    const [alerts, lateReviews, publication, names] = await Promise.all([
      led ? part('safeguarding alerts', () => alertsWaiting(api, led)) : [],
      led ? part('reviews past their deadline', () => reviewsOverdue(api, led)) : [],
      led ? part('reports to publish', () => publicationNextSteps(deps, request, led)) : [],
      // Returned cases and escalated alerts are named with their inspection; a person with neither is spared
      // the call.
      returned.length || escalatedAlerts.length
        ? part('inspection names', () => inspectionNames(api))
        : undefined,
    ]);
    const knownNames = isUnavailable(names) ? undefined : names;
    // The cases theirs to work on, a case QA returned among them from the return (before they open it).
    const tasks = allTasks && !isUnavailable(allTasks) ? allTasks.filter(isAssessorsToWorkOn) : allTasks;
    const now = new Date().toISOString();
    const deadlines = tasks && !isUnavailable(tasks) ? tasks.map((task) => taskDeadline(task, now)) : [];
    const overdue = deadlines.filter((deadline) => deadline === 'overdue').length;
    const dueSoon = deadlines.filter((deadline) => deadline === 'due-soon').length;
    return page(request, reply, 'home.njk', {
      title: 'Your work',
      section: 'home',
      leading,
      alerts,
      lateReviews,
      publication,
      tasks,
      overdue,
      dueSoon,
      returned: named(returned, knownNames),
      escalated: isUnavailable(escalated) ? escalated : named(escalatedAlerts, knownNames),
      previews,
      reviews,
      checks,
      panels,
      // Sitting on panels is a chair's whole part in the web app: their home page says when none sits.
      chairs: user.roles.includes('panel-chair'),
    });
  });
}
