// POST /tasks/:taskId/case-manager-interview: the interview with the case manager as 002 13a–c structure it
// (a 2016 case). The form is checked against the API's schema here; the rules between its answers (a role
// when it took place, 13b for a case manager, the language exactly in Wales) are the domain's
// interviewProblems, which the fieldwork service applies, and its refusal is shown field by field.
import type { FastifyInstance } from 'fastify';
import { CaseManagerInterviewBody } from '@yji/contracts';
import { fieldsByPath, formValues, isoDateFrom, issuesAsErrors } from '../web/form-errors.ts';
import { refusalAsErrors, sendThenRedirect } from './form-page.ts';
import { readTask, showTask, valuesOf } from './task-page.ts';
import { assessorPage } from './tasks.ts';
import type { RouteDeps } from './route-deps.ts';

const FIELDS = fieldsByPath({
  tookPlace: 'Choose whether the interview took place',
  date: { field: 'interviewDate-day', text: 'Enter the date of the interview as a real date' },
  role: 'Choose the role of the person interviewed',
  caseManagerSeenBefore:
    'Choose whether this case manager was already interviewed in this inspection (only for an interview with the case manager)',
  language: 'Choose the language of the interview (only for a youth justice service in Wales)',
  notes: { field: 'interviewNotes', text: 'Notes must be 20,000 characters or fewer' },
});

const yesNo = (value: string | undefined) => (value === 'yes' ? true : value === 'no' ? false : value);

/** The form as the API's body: a field left unanswered is left out, so the rules can say it is needed. */
function bodyFrom(form: Record<string, string>) {
  const dateGiven = ['day', 'month', 'year'].some((part) => form[`interviewDate-${part}`]?.trim());
  return {
    tookPlace: yesNo(form.tookPlace),
    ...(dateGiven ? { date: isoDateFrom(form, 'interviewDate') } : {}),
    ...(form.role ? { role: form.role } : {}),
    ...(form.caseManagerSeenBefore ? { caseManagerSeenBefore: yesNo(form.caseManagerSeenBefore) } : {}),
    ...(form.language ? { language: form.language } : {}),
    notes: form.interviewNotes ?? '',
  };
}

export function registerTaskCaseManagerInterview(app: FastifyInstance, deps: RouteDeps) {
  app.post('/tasks/:taskId/case-manager-interview', { preHandler: assessorPage }, async (request, reply) => {
    const { taskId, task } = await readTask(deps, request);
    const caseManagerInterview = formValues(request.body);
    const values = { ...valuesOf(task), caseManagerInterview };
    const body = CaseManagerInterviewBody.safeParse(bodyFrom(caseManagerInterview));
    if (!body.success)
      return showTask(deps, request, reply, task, {
        values,
        errors: issuesAsErrors(body.error.issues, FIELDS),
      });
    return sendThenRedirect(deps, request, reply, {
      command: ['PUT', `/api/fieldwork/tasks/${taskId}/case-manager-interview`, body.data],
      refused: ({ details, message }) => {
        const errors = refusalAsErrors(details, FIELDS, { field: 'tookPlace', text: message });
        return showTask(deps, request, reply, task, { values, errors });
      },
      done: () => ({ notice: 'Interview recorded.', to: `/tasks/${taskId}#interview` }),
    });
  });
}
