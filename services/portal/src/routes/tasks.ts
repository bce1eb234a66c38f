// GET /tasks: the signed-in assessor's case tasks, soonest due first, filtered by state.
import type { FastifyInstance } from 'fastify';
import { TaskState } from '@yji/contracts';
import { myTasks } from '../api/my-tasks.ts';
import { apiFor, needsRole, page, signedIn, type RouteDeps } from './route-deps.ts';

export const assessorPage = [signedIn, needsRole('inspector', 'local-assessor')];

export function registerTasks(app: FastifyInstance, deps: RouteDeps) {
  app.get('/tasks', { preHandler: assessorPage }, async (request, reply) => {
    const state = TaskState.safeParse((request.query as { state?: unknown }).state);
    const tasks = await myTasks(apiFor(deps, request), state.success ? state.data : undefined);
    const now = new Date().toISOString();
    return page(request, reply, 'assessor/tasks.njk', {
      title: 'My case tasks',
      section: 'tasks',
      tasks: tasks.map((task) => ({
        ...task,
        overdue: Boolean(task.dueAt && task.dueAt < now && task.state !== 'submitted'),
      })),
      state: state.success ? state.data : '',
      states: TaskState.options.filter((option) => option !== 'unassigned'),
      breadcrumbs: [{ text: 'Home', href: '/' }],
    });
  });
}
