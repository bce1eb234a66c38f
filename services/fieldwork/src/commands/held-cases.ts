// The cases people hold in an inspection, as assessor or QA reviewer, with their task and review states: the
// inspection service asks before a team change so it can refuse one that would orphan work. A read.
import { heldCases } from '@yji/contracts';
import type { ReviewState } from '@yji/domain';
import type { TaskState } from '@yji/contracts';
import { fieldworkCommand } from './task-for-command.ts';

export const heldCasesHandler = fieldworkCommand(heldCases, async (db, { inspectionId, userIds }) => {
  if (userIds.length === 0) return { cases: [] };
  const tasks = await db.caseTask.findMany({
    where: {
      inspectionId,
      OR: [{ assigneeId: { in: userIds } }, { review: { reviewerId: { in: userIds } } }],
    },
    select: {
      caseRef: true,
      assigneeId: true,
      state: true,
      review: { select: { reviewerId: true, state: true } },
    },
    orderBy: { caseRef: 'asc' },
  });
  return {
    cases: tasks.map((task) => ({
      caseRef: task.caseRef,
      assigneeId: task.assigneeId,
      taskState: task.state as TaskState,
      reviewerId: task.review?.reviewerId ?? null,
      reviewState: (task.review?.state ?? null) as ReviewState | null,
    })),
  };
});
