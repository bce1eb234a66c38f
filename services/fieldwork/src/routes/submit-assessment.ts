// POST /api/fieldwork/tasks/:taskId/submit: the assessor submits the version they validated. The rules run
// here first (422 naming every problem); then the case workflow takes the submission as an Update, whose
// activity locks the task at that version. Warnings do not stop a submission; they come back with it.
import { z } from 'zod';
import {
  ASSESSOR_ROLES,
  receivedProblem,
  problem,
  StaleVersionConflict,
  SubmitBody,
  Submitted,
  TaskIdParams,
} from '@yji/contracts';
import { validateAssessment } from '@yji/domain';
import { errorResponse, errorResponses, HttpError, requireRole, type App } from '@yji/service-kit';
import type { Client } from '@temporalio/client';
import { auditTask } from '../audit/audit-task.ts';
import { ownTask } from '../access/task-access.ts';
import type { FieldworkDb } from '../db.ts';
import { caseContextOf, draftContentOf, frameworkOf } from '../tasks/stored-task.ts';
import { submitToWorkflow } from '../workflow/case-workflow.ts';
import { refuseIfLocked, staleVersionConflict } from './task-guards.ts';

const findings = (issues: readonly { code: string; message: string }[]) =>
  issues.map(({ code, message }) => ({ code, message }));

export function registerSubmitAssessment(app: App, db: FieldworkDb, temporal: Client) {
  app.post(
    '/api/fieldwork/tasks/:taskId/submit',
    {
      onRequest: requireRole(...ASSESSOR_ROLES),
      bodyLimit: 1024,
      schema: {
        tags: ['tasks'],
        summary: 'Submit the assessment at a version',
        description:
          '422 assessment-invalid lists every problem the assessment rules find (code and message). A ' +
          'stale version answers 409 stale-version with the stored draft; a refusal by the case workflow ' +
          'answers 409 with its reason. Warnings (e.g. a summary without the rationale its prompts call ' +
          'for) are returned with the submission.',
        params: TaskIdParams,
        body: SubmitBody,
        response: {
          200: Submitted,
          ...errorResponses(401, 403, 404, 422),
          409: z.union([StaleVersionConflict, errorResponse(409)]),
        },
      },
    },
    async (request, reply) => {
      const { principal, body } = request;
      const task = await ownTask(db, principal, request.params.taskId);
      refuseIfLocked(task);
      if (task.version !== body.version)
        return reply.status(409).send(staleVersionConflict(task, body.version));

      const draft = draftContentOf(task);
      const { errors, warnings } = validateAssessment(
        frameworkOf(task),
        caseContextOf(task, draft),
        draft.answers,
        draft.rationale,
      );
      if (errors.length) {
        throw new HttpError(problem('assessment-invalid', { findings: findings(errors) }));
      }

      const outcome = await submitToWorkflow(temporal, task.id, {
        userId: principal.userId,
        version: body.version,
      });
      if (!outcome.ok) {
        if (outcome.code === 'stale-version') {
          const current = await db.caseTask.findUniqueOrThrow({ where: { id: task.id } });
          return reply.status(409).send(staleVersionConflict(current, body.version));
        }
        throw new HttpError(receivedProblem(outcome));
      }
      await auditTask(db, request, task, 'task.submitted', {
        version: body.version,
        warnings: warnings.map((warning) => warning.code),
      });
      return {
        taskId: task.id,
        state: outcome.state.state,
        version: body.version,
        warnings: findings(warnings),
      };
    },
  );
}
