// GET /tasks: the signed-in assessor's case tasks, soonest due first, filtered by state, a page of
// TASK_PAGE_DEFAULT at a time: "Next page" carries on after the page's last task (keyset paging). Each task
// names its inspection by the youth justice service and its fieldwork start (from the inspection service;
// without it if that is down).
import type { FastifyInstance } from 'fastify';
import { Id, TaskState } from '@yji/contracts';
import { taskDeadline } from '@yji/domain';
import { inspectionNames, named } from '../api/inspection-names.ts';
import { myTasksPage } from '../api/my-tasks.ts';
import { isUnavailable, partOf } from './page-parts.ts';
import { apiFor, needsRole, page, signedIn, type RouteDeps } from './route-deps.ts';

export const assessorPage = [signedIn, needsRole('inspector', 'local-assessor')];

/** Where the list filtered by `state` starts after task `after` (the first page without it). */
const listHref = (state: string, after?: string) => {
  const query = new URLSearchParams({ ...(state ? { state } : {}), ...(after ? { after } : {}) }).toString();
  return query ? `/tasks?${query}` : '/tasks';
};

export function registerTasks(app: FastifyInstance, deps: RouteDeps) {
  app.get('/tasks', { preHandler: assessorPage }, async (request, reply) => {
    const query = request.query as { state?: unknown; after?: unknown };
    const parsedState = TaskState.safeParse(query.state);
    const state = parsedState.success ? parsedState.data : undefined;
    // A cursor that is not a task id starts the list from its first page, as a state it does not know shows all.
    const parsedAfter = Id.safeParse(query.after);
    const after = parsedAfter.success ? parsedAfter.data : undefined;
    const api = apiFor(deps, request);
    const [{ tasks, next }, names] = await Promise.all([
      myTasksPage(api, { ...(state ? { state } : {}), ...(after ? { after } : {}) }),
      partOf(request, 'inspection names', () => inspectionNames(api)),
    ]);
    const now = new Date().toISOString();
    return page(request, reply, 'assessor/tasks.njk', {
      title: 'My case tasks',
      section: 'tasks',
      namesUnavailable: isUnavailable(names),
      tasks: named(tasks, isUnavailable(names) ? undefined : names).map((task) => ({
        ...task,
        deadline: taskDeadline(task, now),
      })),
      state: state ?? '',
      states: TaskState.options.filter((option) => option !== 'unassigned'),
      nextPage: next ? listHref(state ?? '', next) : null,
      firstPage: after ? listHref(state ?? '') : null,
      breadcrumbs: [{ text: 'Home', href: '/' }],
    });
  });
}
