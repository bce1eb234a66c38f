// POST /tasks/:taskId/interview: the case manager interview (date, with whom as a role, notes).
import type { FastifyInstance } from 'fastify';
import { InterviewBody } from '@yji/contracts';
import { formValues, isoDateFrom, issuesAsErrors, type FieldError } from '../web/form-errors.ts';
import { readTask, showTask, valuesOf } from './task-page.ts';
import { assessorPage } from './tasks.ts';
import { apiFor, doneThen, type RouteDeps } from './route-deps.ts';

const FIELDS: Record<string, FieldError> = {
  date: { field: 'date-day', text: 'Enter the date of the interview' },
  withWhom: {
    field: 'withWhom',
    text: 'Enter who was interviewed as a role, such as case manager (no names)',
  },
  notes: { field: 'notes', text: 'Notes must be 20,000 characters or fewer' },
};

export function registerTaskInterview(app: FastifyInstance, deps: RouteDeps) {
  app.post('/tasks/:taskId/interview', { preHandler: assessorPage }, async (request, reply) => {
    const { taskId, task } = await readTask(deps, request);
    const interview = formValues(request.body);
    const body = InterviewBody.safeParse({
      date: isoDateFrom(interview, 'date'),
      withWhom: interview.withWhom ?? '',
      notes: interview.notes ?? '',
    });
    const values = { ...valuesOf(task), interview };
    if (!body.success)
      return showTask(deps, request, reply, task, {
        values,
        errors: issuesAsErrors(body.error.issues, FIELDS),
      });
    const saved = await apiFor(deps, request).send(
      'PUT',
      `/api/fieldwork/tasks/${taskId}/interview`,
      body.data,
    );
    if (!saved.ok)
      return showTask(deps, request, reply, task, {
        values,
        errors: [{ field: 'date-day', text: saved.error.message }],
      });
    return doneThen(request, reply, 'Interview recorded.', `/tasks/${taskId}#interview`);
  });
}
