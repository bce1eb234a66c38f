// GET /api/fieldwork/inspections/:inspectionId/exclusion-flags: every exclusion flag the inspection's
// assessors raised, oldest first, with the task's state now, for its lead inspector to decide on (exclude the
// case with a replacement in the inspection service, or keep it: POST /tasks/:taskId/exclusion-flag/kept).
// The flags carry assessors' reasons about a case, so the read is audited.
import { ExclusionFlagList, purgedAtOf, type TaskState } from '@yji/contracts';
import type { App } from '@yji/service-kit';
import type { FieldworkDb } from '../../db.ts';
import { registerLeadInspectorRead } from './lead-inspector-read.ts';

export function registerListExclusionFlags(app: App, db: FieldworkDb) {
  registerLeadInspectorRead(app, db, {
    path: '/api/fieldwork/inspections/:inspectionId/exclusion-flags',
    schema: {
      tags: ['tasks'],
      summary: 'The exclusion flags assessors raised, oldest first, with each task’s state now',
      response: ExclusionFlagList,
    },
    auditAction: 'exclusion-flag.read',
    load: (inspectionId) =>
      db.exclusionFlag.findMany({
        where: { task: { inspectionId } },
        include: { task: { select: { caseRef: true, state: true, facts: true } } },
        orderBy: [{ at: 'asc' }, { taskId: 'asc' }],
      }),
    auditDetails: (flags) => ({ tasks: flags.map((flag) => flag.taskId) }),
    answer: (flags) => ({
      flags: flags.map((flag) => ({
        taskId: flag.taskId,
        caseRef: flag.task.caseRef,
        taskState: flag.task.state as TaskState,
        purgedAt: purgedAtOf(flag.task.facts),
        reason: flag.reason,
        flaggedBy: flag.flaggedBy,
        at: flag.at.toISOString(),
        keptBy: flag.keptBy,
        keptAt: flag.keptAt?.toISOString() ?? null,
      })),
    }),
  });
}
