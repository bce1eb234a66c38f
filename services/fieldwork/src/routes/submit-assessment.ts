// POST /api/fieldwork/tasks/:taskId/submit: the assessor submits the version they validated. The rules run
// here first (422 naming every problem); then the case workflow takes the submission as an Update, whose
// activity locks the task at that version (and routes it to QA or approves it). A case revised after a QA
// return or a correction is resubmitted by the service itself (qa/resubmit.ts): the workflow has ended.
// Warnings do not stop a submission; they come back with it.
// The request waits SUBMIT_WAIT_MS at most (issue 13: a worker down or a busy machine must not hang it):
// past that it answers 202 decision-in-progress with the task as its Location, whose state says when it is
// submitted. Sent again, the submission is the same Update (workflow/case-workflow.ts), taken once.
import { ASSESSOR_ROLES, receivedProblem, SubmitBody, Submitted } from '@yji/contracts';
import { actorOf, errorResponses, HttpError, stillInProgressAt, TIMED_OUT, type App } from '@yji/service-kit';
import type { Client } from '@temporalio/client';
import { taskRoute } from '../access/task-access.ts';
import type { FieldworkDb } from '../db.ts';
import { assessStoredDraft, findingsOf, refuseIfInvalid } from '../tasks/stored-assessment.ts';
import { resubmitAssessment } from '../qa/resubmit.ts';
import { submitToWorkflow } from '../workflow/case-workflow.ts';
import { openTaskAt, staleVersionConflict, VERSION_CONFLICTS } from './task-guards.ts';

export function registerSubmitAssessment(app: App, db: FieldworkDb, temporal: Client, waitMs: number) {
  app.post(
    '/api/fieldwork/tasks/:taskId/submit',
    {
      ...taskRoute(ASSESSOR_ROLES, {
        summary: 'Submit the assessment at a version',
        description:
          '422 assessment-invalid lists every problem the assessment rules find (code and message). A ' +
          'stale version answers 409 stale-version with the stored draft (a read of the task, audited); a refusal by the case workflow ' +
          'answers 409 with its reason. Warnings (e.g. a summary without the rationale its prompts call ' +
          'for) are returned with the submission. A submission the case workflow has not carried out ' +
          'within SUBMIT_WAIT_MS answers 202 decision-in-progress with Location: the task, whose state ' +
          'says when it is submitted; sending it again is the same submission, taken once.',
        body: SubmitBody,
        response: {
          200: Submitted,
          ...errorResponses(202, 422),
          409: VERSION_CONFLICTS,
        },
      }),
      bodyLimit: 1024,
    },
    async (request, reply) => {
      const { principal, body } = request;
      const actor = actorOf(request);
      const opened = await openTaskAt(db, actor, request.params.taskId, body.version);
      if (!opened.ok) return reply.status(409).send(opened.conflict);
      const { task, surroundings } = opened;

      const { errors, warnings } = assessStoredDraft(task, surroundings);
      refuseIfInvalid(errors, HttpError);

      const warned = findingsOf(warnings);
      if (task.state === 'revising') {
        await resubmitAssessment(db, task, body.version, actor);
        return { taskId: task.id, state: 'submitted' as const, version: body.version, warnings: warned };
      }
      if (body.askForQa) {
        // Kept with the task at the version submitted; the QA routing reads it when the lock commits.
        await db.caseTask.updateMany({
          where: { id: task.id, version: body.version },
          data: { askedForQa: true },
        });
      }
      const outcome = await submitToWorkflow(
        temporal,
        task.id,
        { userId: principal.userId, version: body.version },
        waitMs,
      );
      if (outcome === TIMED_OUT) {
        throw stillInProgressAt(
          `/api/fieldwork/tasks/${task.id}`,
          "the submission is still being carried out; the task's state says when it is submitted",
        );
      }
      if (!outcome.ok) {
        if (outcome.code === 'stale-version') {
          const current = await db.caseTask.findUniqueOrThrow({ where: { id: task.id } });
          return reply.status(409).send(await staleVersionConflict(db, actor, current));
        }
        throw new HttpError(receivedProblem(outcome));
      }
      return {
        taskId: task.id,
        state: outcome.state.state,
        version: body.version,
        warnings: warned,
      };
    },
  );
}
