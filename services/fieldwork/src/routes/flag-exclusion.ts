// POST /api/fieldwork/tasks/:taskId/exclusion-flag: the assessor thinks the case may have to leave the
// sample. The reason stays here; the event tells the inspection service, whose lead inspector decides.
import type { z } from 'zod';
import {
  ASSESSOR_ROLES,
  ExclusionFlagBody,
  ExclusionFlagged,
  problem,
  taskExclusionFlagged,
  type TaskState,
} from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import { actorOf, errorResponses, HttpError, refuseIfPurged, type App } from '@yji/service-kit';
import { auditTask } from '../audit/audit-task.ts';
import { ownTask, taskRoute } from '../access/task-access.ts';
import type { FieldworkDb } from '../db.ts';
import { OPEN_STATES } from '../task-state.ts';

const FLAG_BODY_LIMIT_BYTES = 16 * 1024;

export function registerFlagExclusion(app: App, db: FieldworkDb, afterOutbox: () => void) {
  app.post(
    '/api/fieldwork/tasks/:taskId/exclusion-flag',
    {
      ...taskRoute(ASSESSOR_ROLES, {
        summary: 'Flag the case for exclusion from the sample, with a reason; the lead inspector decides',
        description:
          'Once per task: 409 already-flagged after that; 409 task-locked once the task is submitted, revising or withdrawn.',
        body: ExclusionFlagBody,
        response: { 201: ExclusionFlagged, ...errorResponses(409) },
      }),
      bodyLimit: FLAG_BODY_LIMIT_BYTES,
    },
    async (request, reply) => {
      const task = await ownTask(db, request.principal, request.params.taskId);
      // Only a case still being assessed can leave the sample: a submitted case's assessment is not withdrawn.
      if (!OPEN_STATES.includes(task.state as TaskState))
        throw new HttpError(problem('task-locked', { state: task.state, change: 'flagged' }));
      const at = new Date();
      const flagged = await db.$transaction(async (tx) => {
        // The reason is the assessor's words about the child: not kept once a purge has committed since the read.
        await refuseIfPurged(tx, task.inspectionId, HttpError);
        const { count } = await tx.exclusionFlag.createMany({
          data: [{ taskId: task.id, reason: request.body.reason, flaggedBy: request.principal.userId, at }],
          skipDuplicates: true,
        });
        if (count === 0) return false;
        await appendToOutbox(tx, taskExclusionFlagged.subject, {
          taskId: task.id,
          inspectionId: task.inspectionId,
          caseRef: task.caseRef,
        } satisfies z.input<typeof taskExclusionFlagged.payload>);
        await auditTask(tx, actorOf(request), task, 'task.exclusion-flagged');
        return true;
      });
      if (!flagged) throw new HttpError(problem('already-flagged'));
      afterOutbox();
      return reply.status(201).send({ taskId: task.id, at: at.toISOString() });
    },
  );
}
