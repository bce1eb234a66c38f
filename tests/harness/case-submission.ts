// An assessor's whole part in one case, through the fieldwork API: the task read (it is readable once the
// fieldwork service has heard of the team, an event, and the task exists), the complete assessment saved in
// one draft (version 1), the case manager interview recorded and the case submitted.
import type { Caller, Json } from './api.ts';
import { completeAssessment } from './assessment.ts';
import { expectAnswer } from './expect-answer.ts';
import { caseManagerInterview } from './interview.ts';
import { eventually, type Polling } from './system.ts';

interface CaseSubmissionOptions {
  polling?: Polling;
  /**
   * Whether an answer may be lost on its way back (a fault run), the request then sent again: a draft sent
   * again finds version 1 stored (409, the same answers), and a submit is sent again until the task shows
   * submitted. Otherwise every answer must be 200.
   */
  answersMayBeLost?: boolean;
}

/** Assesses and submits the task `taskId` as `assessor`; answers the answers saved. */
export async function submitCompleteCase(
  assessor: Caller,
  taskId: string,
  { polling, answersMayBeLost = false }: CaseSubmissionOptions = {},
): Promise<Json> {
  const path = `/api/fieldwork/tasks/${taskId}`;
  const task = await eventually(
    'the task readable by its assessor',
    async () => {
      const response = await assessor('GET', path);
      return response.status === 200 ? response.body : undefined;
    },
    polling,
  );
  const { answers, firstDraft } = completeAssessment(task);
  const draft = await assessor('PUT', `${path}/draft`, { ...firstDraft(), answers });
  expectAnswer('PUT', `${path}/draft`, draft, answersMayBeLost ? [200, 409] : [200]);
  expectAnswer(
    'PUT',
    `${path}/interview`,
    await assessor('PUT', `${path}/interview`, caseManagerInterview()),
  );
  const submit = () => assessor('POST', `${path}/submit`, { version: 1 });
  if (!answersMayBeLost) expectAnswer('POST', `${path}/submit`, await submit());
  else
    await eventually(
      'the submission taken',
      async () =>
        (await submit()).status === 200 || (await assessor('GET', path)).body.state === 'submitted'
          ? true
          : undefined,
      polling,
    );
  return answers;
}
