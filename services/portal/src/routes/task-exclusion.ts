// POST /tasks/:taskId/exclusion-flag: the assessor flags the case for the lead inspector to exclude, with a reason.
import type { FastifyInstance } from 'fastify';
import { ExclusionFlagBody } from '@yji/contracts';
import { formValues, maxLengthOf, refusalOn, tooLong } from '../web/form-errors.ts';
import { readTask, showTask, valuesOf } from './task-page.ts';
import { assessorPage } from './tasks.ts';
import { apiFor, doneThen, type RouteDeps } from './route-deps.ts';

/** Why the case was not flagged, where the catalogue's words are not enough. */
const NOT_FLAGGED = {
  'task-locked': 'Only a case still being assessed can be flagged for exclusion',
  'invalid-request': 'Enter why the case should be excluded',
};

export function registerTaskExclusion(app: FastifyInstance, deps: RouteDeps) {
  app.post('/tasks/:taskId/exclusion-flag', { preHandler: assessorPage }, async (request, reply) => {
    const { taskId, task } = await readTask(deps, request);
    const reason = formValues(request.body).reason ?? '';
    const values = { ...valuesOf(task), reason };
    const body = ExclusionFlagBody.safeParse({ reason });
    if (!body.success) {
      const over = reason.length > maxLengthOf(ExclusionFlagBody.shape.reason);
      const text = over
        ? tooLong('Why the case should be excluded', ExclusionFlagBody.shape.reason)
        : 'Enter why the case should be excluded';
      return showTask(deps, request, reply, task, { values, errors: [{ field: 'reason', text }] });
    }
    const flagged = await apiFor(deps, request).send(
      'POST',
      `/api/fieldwork/tasks/${taskId}/exclusion-flag`,
      body.data,
    );
    // The reason is the form's one control: every refusal is said beside it.
    if (!flagged.ok)
      return showTask(deps, request, reply, task, {
        values,
        errors: [refusalOn('reason', flagged.error, NOT_FLAGGED, flagged.status)],
      });
    return doneThen(request, reply, 'Flagged for exclusion. The lead inspector decides.', `/tasks/${taskId}`);
  });
}
