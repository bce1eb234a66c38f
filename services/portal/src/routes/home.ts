// GET /: what this person has to do now: the inspections they lead, with the alerts and the reviews past their
// deadline waiting there, their open case tasks and the cases QA returned to them, a QA reviewer's queue, a
// YJS contact's factual accuracy checks, the ratings panels sitting that the person sits on, and the next step
// of each report the person leads on its way to publication. Each part comes from a service of its own; one
// that is down leaves its part "not available just now" (page-parts.ts).
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { InspectionList } from '@yji/contracts';
import { OPEN_TASK_STATES, taskDeadline } from '@yji/domain';
import { inspectionNames, named, type ListedInspection } from '../api/inspection-names.ts';
import { myTasks } from '../api/my-tasks.ts';
import { factualChecksOf } from './checks-waiting.ts';
import { publicationNextSteps } from './publication-next-steps.ts';
import { alertsWaiting, returnedCases, reviewsOverdue, reviewsWaiting } from './decisions-waiting.ts';
import { isUnavailable, partOf } from './page-parts.ts';
import { PANEL_ROLES, panelsSitting } from './panels-sitting.ts';
import { apiFor, page, type RouteDeps } from './route-deps.ts';

export function registerHome(app: FastifyInstance, deps: RouteDeps) {
  app.get('/', async (request, reply) => {
    const user = request.session.user;
    if (!user || user.expiresAt <= Date.now())
      return page(request, reply, 'home.njk', { title: 'Youth justice inspections', user: undefined });
    reply.locals = { ...reply.locals, csrfToken: reply.generateCsrf() };
    const api = apiFor(deps, request);
    const part = <T>(name: string, load: () => Promise<T>) => partOf(request, name, load);
    const leads = user.roles.includes('lead-inspector');
    const assesses = user.roles.includes('inspector') || user.roles.includes('local-assessor');
    const sits = user.roles.some((role) => PANEL_ROLES.has(role));
    const [inspections, allTasks, reviews, checks] = await Promise.all([
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
    const [alerts, lateReviews, publication, names] = await Promise.all([
      led ? part('safeguarding alerts', () => alertsWaiting(api, led)) : [],
      led ? part('reviews past their deadline', () => reviewsOverdue(api, led)) : [],
      led ? part('reports to publish', () => publicationNextSteps(deps, request, led)) : [],
      // Returned cases are named with their inspection; an assessor with none is spared the call.
      returned.length ? part('inspection names', () => inspectionNames(api)) : undefined,
    ]);
    const tasks =
      allTasks && !isUnavailable(allTasks)
        ? allTasks.filter((task) => OPEN_TASK_STATES.has(task.state))
        : allTasks;
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
      returned: named(returned, isUnavailable(names) ? undefined : names),
      reviews,
      checks,
      panels,
      // Sitting on panels is a chair's whole part in the web app: their home page says when none sits.
      chairs: user.roles.includes('panel-chair'),
    });
  });
}
