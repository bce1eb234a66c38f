// GET /: what this person has to do now: the inspections they lead and the alerts waiting there, their open
// case tasks and the cases QA returned to them, a QA reviewer's queue, a YJS contact's factual accuracy
// checks, and the next step of each report the person leads on its way to publication.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { InspectionList } from '@yji/contracts';
import { myTasks } from '../api/my-tasks.ts';
import { factualChecksOf } from './checks-waiting.ts';
import { publicationNextSteps } from './publication-next-steps.ts';
import { alertsWaiting, returnedCases, reviewsWaiting } from './decisions-waiting.ts';
import { apiFor, page, type RouteDeps } from './route-deps.ts';

const OPEN = new Set(['assigned', 'in-progress', 'revising']);

export function registerHome(app: FastifyInstance, deps: RouteDeps) {
  app.get('/', async (request, reply) => {
    const user = request.session.user;
    if (!user || user.expiresAt <= Date.now())
      return page(request, reply, 'home.njk', { title: 'Youth justice inspections', user: undefined });
    reply.locals = { ...reply.locals, csrfToken: reply.generateCsrf() };
    const api = apiFor(deps, request);
    const leads = user.roles.includes('lead-inspector');
    const assesses = user.roles.includes('inspector') || user.roles.includes('local-assessor');
    const leading = leads
      ? (await api.get<z.infer<typeof InspectionList>>('/api/inspections')).inspections.filter((inspection) =>
          inspection.roles.includes('lead-inspector'),
        )
      : undefined;
    const allTasks = assesses ? await myTasks(api) : undefined;
    const tasks = allTasks?.filter((task) => OPEN.has(task.state));
    const now = new Date().toISOString();
    const overdue = tasks?.filter((task) => task.dueAt && task.dueAt < now).length ?? 0;
    return page(request, reply, 'home.njk', {
      title: 'Your work',
      section: 'home',
      leading,
      alerts: leading ? await alertsWaiting(api, leading) : [],
      publication: leading ? await publicationNextSteps(deps, request, leading) : [],
      tasks,
      overdue,
      returned: allTasks ? returnedCases(allTasks) : [],
      reviews: user.roles.includes('qa-reviewer') ? await reviewsWaiting(api, user.userId) : undefined,
      checks: user.roles.includes('yjs-contact') ? await factualChecksOf(deps, request) : undefined,
    });
  });
}
