// POST /api/fieldwork/tasks/:taskId/exclusion-flag/kept: the inspection's lead inspector answers an
// assessor's exclusion flag by keeping the case in the sample (excluding it is the inspection service's
// sample change, which withdraws the task). The decision is recorded on the flag, where the assessor's read
// of the task shows it. Decision: keeping a kept flag answers the flag as it is (the first keep's who and
// when), with no second audit entry; a case already excluded cannot be kept. Nothing else listens for the
// decision, so no event is published.
import type { z } from 'zod';
import { ExclusionFlagKept, problem } from '@yji/contracts';
import {
  actorOf,
  errorResponses,
  HttpError,
  refuseIfPurged,
  refuseWhenPurged,
  type App,
} from '@yji/service-kit';
import { auditTask } from '../audit/audit-task.ts';
import { taskRoute } from '../access/task-access.ts';
import type { FieldworkDb } from '../db.ts';
import type { ExclusionFlag } from '../generated/prisma/client.ts';
import { taskWithAccess } from '../tasks/task-read-sql.ts';

const toKept = (caseRef: string, flag: ExclusionFlag): z.input<typeof ExclusionFlagKept> => ({
  taskId: flag.taskId,
  caseRef,
  flaggedBy: flag.flaggedBy,
  at: flag.at.toISOString(),
  keptBy: flag.keptBy!,
  keptAt: flag.keptAt!.toISOString(),
});

export function registerKeepFlaggedCase(app: App, db: FieldworkDb) {
  app.post(
    '/api/fieldwork/tasks/:taskId/exclusion-flag/kept',
    taskRoute(['lead-inspector'], {
      summary: 'Keep a flagged case in the sample: the lead inspector’s answer to the exclusion flag',
      description:
        'Only the inspection’s lead inspector (404 for anyone else, as for a task that does not exist; 403 ' +
        'for its own assessor). Keeping a kept flag answers the same, unchanged. 404 when the case has no ' +
        'flag; 409 task-locked once the case was excluded (the task withdrawn); 409 inspection-purged.',
      response: { 200: ExclusionFlagKept, ...errorResponses(409) },
    }),
    async (request) => {
      const found = await taskWithAccess(db, request.params.taskId, request.principal);
      if (!found?.access.lead) {
        if (found?.access.own)
          throw new HttpError(problem('forbidden', { needs: 'the inspection’s lead inspector' }));
        throw new HttpError(problem('not-found', { what: 'task' }));
      }
      refuseWhenPurged(found.purgedAt, HttpError);
      const { task } = found;
      return db.$transaction(async (tx) => {
        // The purge and the withdrawal (commands/task-for-command.ts) take these locks in this order: a case
        // excluded since the read above is refused here, and one excluded after this waits for it.
        await refuseIfPurged(tx, task.inspectionId, HttpError);
        const [row] = await tx.$queryRawUnsafe<{ state: string }[]>(
          'SELECT state FROM "CaseTask" WHERE id = $1::uuid FOR UPDATE',
          task.id,
        );
        if (row?.state === 'withdrawn')
          throw new HttpError(problem('task-locked', { state: row.state, change: 'kept' }));
        const flag = await tx.exclusionFlag.findUnique({ where: { taskId: task.id } });
        if (!flag) throw new HttpError(problem('not-found', { what: 'exclusion flag' }));
        if (flag.keptAt) return toKept(task.caseRef, flag);
        const kept = await tx.exclusionFlag.update({
          where: { taskId: task.id },
          data: { keptBy: request.principal.userId, keptAt: new Date() },
        });
        await auditTask(tx, actorOf(request), task, 'task.exclusion-flag-kept');
        return toKept(task.caseRef, kept);
      });
    },
  );
}
