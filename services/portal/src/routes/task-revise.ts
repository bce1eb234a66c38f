// POST /tasks/:taskId/revise: the assessor takes back an assessment QA returned; the case form reopens with
// the reviewer's reason and per-question comments beside the questions, to revise and submit again.
import type { FastifyInstance } from 'fastify';
import { readTask, showTask } from './task-page.ts';
import { assessorPage } from './tasks.ts';
import { apiFor, doneThen, type RouteDeps } from './route-deps.ts';

export function registerTaskRevise(app: FastifyInstance, deps: RouteDeps) {
  app.post('/tasks/:taskId/revise', { preHandler: assessorPage }, async (request, reply) => {
    const { taskId, task } = await readTask(deps, request);
    const reopened = await apiFor(deps, request).send('POST', `/api/fieldwork/tasks/${taskId}/revise`);
    if (!reopened.ok)
      return showTask(deps, request, reply, task, {
        errors: [{ field: 'assessment', text: 'This case cannot be revised now: QA has not returned it' }],
      });
    return doneThen(
      request,
      reply,
      'The case is open to revise. The reviewer’s comments are beside the questions.',
      `/tasks/${taskId}`,
    );
  });
}
