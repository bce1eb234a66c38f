// Steps the retention tests share: an answer checked as it comes, an inspection in fieldwork whose every
// submission goes to QA openly with the first two cases of one assessor and a complete assessment of the
// first, a submission claimed by its reviewer, and both interviews' bodies with notes of the test's own.
import { expect } from 'vitest';
import {
  inspectionInFieldwork,
  type Caller,
  type FieldworkSetUp,
  type InspectionInFieldwork,
  type Json,
} from './api.ts';
import { completeAssessment } from './assessment.ts';
import { FIELDWORK_START_AHEAD } from './dates.ts';
import { caseManagerInterview } from './interview.ts';
import { PEOPLE } from './people.ts';
import { reviewEverySubmission } from './qa-settings.ts';
import { eventually, type System } from './system.ts';

/** The answer's body, once its status is `status`; a failure names `what` and shows the body. */
export async function answered(
  what: string,
  response: Promise<{ status: number; body: Json }>,
  status = 200,
) {
  const { status: got, body } = await response;
  expect(got, `${what}: ${JSON.stringify(body)}`).toBe(status);
  return body;
}

/** The first two cases assigned to `assigneeId`. */
function twoCasesOf(inspection: InspectionInFieldwork, assigneeId: string) {
  const [first, second] = inspection.cases.filter((entry) => entry.assigneeId === assigneeId);
  expect(second, `two cases assigned to ${assigneeId}`).toBeDefined();
  return [first!, second!] as const;
}

/** The task as its assessor reads it, and a complete assessment of it (completeAssessment). */
async function assessmentOf(assessor: Caller, taskId: string) {
  const task = (await answered('task', assessor('GET', `/api/fieldwork/tasks/${taskId}`))) as Json;
  return { task, ...completeAssessment(task) };
}

/**
 * An inspection brought to fieldwork by `lead` (`setUp`; its fieldwork FIELDWORK_START_AHEAD unless set)
 * whose every submission is reviewed, none blind (the QA draw seeded with `setUp.seed`); the first two cases
 * of PEOPLE's inspector, and the first's task as `inspector` reads it with a complete assessment of it.
 */
export async function inspectionUnderReview(
  system: Pick<System, 'fieldworkDb'>,
  { lead, inspector }: { lead: Caller; inspector: Caller },
  setUp: FieldworkSetUp & { seed: string },
) {
  const inspection = await inspectionInFieldwork(system, lead, setUp);
  await reviewEverySubmission(system, lead, inspection.id, setUp.seed);
  const [first, second] = twoCasesOf(inspection, PEOPLE.inspector.userId);
  return { inspection, first, second, ...(await assessmentOf(inspector, first.taskId)) };
}

/** Waits for the task's submission in the QA queue and claims it as `reviewer`: the review as claimed. */
export async function claimSubmission(reviewer: Caller, taskId: string) {
  const review = `/api/fieldwork/reviews/${taskId}`;
  const queued = await eventually('the submission in the QA queue', async () => {
    const response = await reviewer('GET', review);
    return response.status === 200 && response.body.state === 'awaiting-qa' ? response.body : undefined;
  });
  return answered('claim', reviewer('POST', `${review}/claim`, { version: queued.version }));
}

/**
 * QA's return of the submission of `taskId` to its assessor, as `reviewer` makes it: claimed, then returned with
 * `reason` and, if given, a comment on each question code of `comments`. Answers the returned review.
 */
export async function returnToAssessor(
  reviewer: Caller,
  taskId: string,
  { reason, comments }: { reason: string; comments?: Record<string, string> },
) {
  const claimed = await claimSubmission(reviewer, taskId);
  return answered(
    'return',
    reviewer('POST', `/api/fieldwork/reviews/${taskId}/return`, {
      version: claimed.version,
      reason,
      ...(comments ? { comments } : {}),
    }),
  );
}

/**
 * Both interviews of the task at `taskPath` (/api/fieldwork/tasks/<id>) as `assessor` writes them on
 * FIELDWORK_START_AHEAD, their notes carrying `mark`: the case manager interview (PUT …/interview) and the
 * 002-coded one (PUT …/case-manager-interview), each named and sent when called.
 */
export function bothInterviews(assessor: Caller, taskPath: string, mark: string) {
  return [
    [
      'interview',
      () => assessor('PUT', `${taskPath}/interview`, caseManagerInterview(`Interview notes ${mark}`)),
    ],
    [
      'case manager interview',
      () =>
        assessor('PUT', `${taskPath}/case-manager-interview`, {
          tookPlace: true,
          date: FIELDWORK_START_AHEAD,
          role: 'case_manager',
          caseManagerSeenBefore: false,
          notes: `Case manager interview ${mark}`,
        }),
    ],
  ] as const;
}
