// POST /tasks/:taskId/interview: the case manager interview (date, with whom as a role, notes).
import type { FastifyInstance } from 'fastify';
import { InterviewBody } from '@yji/contracts';
import { formValues, isoDateFrom, issuesAsErrors, refusalOn, type FieldError } from '../web/form-errors.ts';
import { refusalAsErrors } from './form-page.ts';
import { readTask, showTask, valuesOf } from './task-page.ts';
import { assessorPage } from './tasks.ts';
import { apiFor, doneThen, type RouteDeps } from './route-deps.ts';

/** Refusals about the case as a whole rather than the interview recorded on it. */
const CASE_REFUSALS = new Set(['task-locked', 'inspection-purged']);

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
    if (!saved.ok) {
      // About the case, not the interview (submitted or purged meanwhile): the case as it now is, the message
      // where the page says where it stands.
      if (CASE_REFUSALS.has(saved.error.code)) {
        const { task: now } = await readTask(deps, request);
        return showTask(deps, request, reply, now, {
          errors: [refusalOn('assessment', saved.error, {}, saved.status)],
        });
      }
      // A field the service found at fault, beside it; anything else, on the form's first control.
      return showTask(deps, request, reply, task, {
        values,
        errors: refusalAsErrors(
          saved.error.details,
          FIELDS,
          refusalOn('date-day', saved.error, {}, saved.status),
        ),
      });
    }
    return doneThen(request, reply, 'Interview recorded.', `/tasks/${taskId}#interview`);
  });
}
