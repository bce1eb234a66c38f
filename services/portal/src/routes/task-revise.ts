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
    // The comments, where the reviewer left any, are listed at the top of the page and beside their questions.
    const commented = Object.keys(task.review?.returned?.comments ?? {}).length > 0;
    return doneThen(
      request,
      reply,
      commented
        ? 'The case is open to revise. The reviewer’s comments are listed below and shown beside their questions.'
        : 'The case is open to revise.',
      `/tasks/${taskId}`,
    );
  });
}
