// GET /api/fieldwork/inspections/:inspectionId/exclusion-flags: every exclusion flag the inspection's
// assessors raised, oldest first, with the task's state now, for its lead inspector to decide on (exclude the
// case with a replacement in the inspection service). The flags carry assessors' reasons about a case, so
// the read is audited.
import { ExclusionFlagList, type TaskState } from '@yji/contracts';
import { appendAudit } from '@yji/db';
import { actorOf, type App } from '@yji/service-kit';
import { inspectionRoute } from '../../access/inspection-access.ts';
import type { FieldworkDb } from '../../db.ts';
import { purgedAtOf } from '../../tasks/stored-task.ts';

export function registerListExclusionFlags(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/inspections/:inspectionId/exclusion-flags',
    inspectionRoute(db, ['lead-inspector'], {
      tags: ['tasks'],
      summary: 'The exclusion flags assessors raised, oldest first, with each task’s state now',
      response: { 200: ExclusionFlagList },
    }),
    async (request) => {
      const { inspectionId } = request.params;
      const flags = await db.exclusionFlag.findMany({
        where: { task: { inspectionId } },
        include: { task: { select: { caseRef: true, state: true, facts: true } } },
        orderBy: [{ at: 'asc' }, { taskId: 'asc' }],
      });
      await appendAudit(db, {
        actor: actorOf(request),
        action: 'exclusion-flag.read',
        entityType: 'inspection',
        entityId: inspectionId,
        inspectionId,
        details: { tasks: flags.map((flag) => flag.taskId) },
      });
      return {
        flags: flags.map((flag) => ({
          taskId: flag.taskId,
          caseRef: flag.task.caseRef,
          taskState: flag.task.state as TaskState,
          purgedAt: purgedAtOf(flag.task),
          reason: flag.reason,
          flaggedBy: flag.flaggedBy,
          at: flag.at.toISOString(),
        })),
      };
    },
  );
}
