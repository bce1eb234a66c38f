// Where each case of an inspection stands between fieldwork and the ratings panel, and what keeps the
// inspection from the panel: every case not withdrawn must be approved (the domain's phase gates).
import { ReviewState, type ReviewDeadline } from '@yji/contracts';
import { readyForPanel } from '@yji/domain';
import type { CaseReview, CaseTask } from '../generated/prisma/client.ts';

const WHY: Record<string, string> = {
  'awaiting-qa': 'waiting for a QA reviewer',
  'in-review': 'in review',
  returned: 'returned to its assessor',
  revising: 'being revised by its assessor',
  submitted: 'submitted, not yet routed',
};

function blockerOf(task: CaseTask & { review: CaseReview | null }): string | null {
  if (task.state === 'withdrawn') return null;
  if (!task.review) return `not yet submitted (${task.state})`;
  if (task.review.state === 'approved') return null;
  return WHY[task.review.state] ?? task.review.state;
}

/** `deadlines`: each claimed review's deadline reached so far (review-deadline-marks.ts). */
export function qaProgress(
  inspectionId: string,
  tasks: (CaseTask & { review: CaseReview | null })[],
  deadlines: ReadonlyMap<string, ReviewDeadline>,
) {
  const totals: Record<string, number> = {};
  for (const task of tasks) {
    const key = task.review?.state ?? task.state;
    totals[key] = (totals[key] ?? 0) + 1;
  }
  const blockers = tasks.flatMap((task) => {
    const why = blockerOf(task);
    const late = deadlines.get(task.id) === 'overdue' ? ', past its review deadline' : '';
    return why ? [{ taskId: task.id, caseRef: task.caseRef, why: why + late }] : [];
  });
  return {
    inspectionId,
    totals,
    cases: tasks.map((task) => ({
      taskId: task.id,
      caseRef: task.caseRef,
      taskState: task.state,
      reviewState: task.review ? ReviewState.parse(task.review.state) : null,
      assessorId: task.review?.assessorId ?? task.assigneeId,
      reviewerId: task.review?.reviewerId ?? null,
      reviewDeadline: deadlines.get(task.id) ?? null,
    })),
    blockers,
    readyForPanel: readyForPanel(
      tasks.map((task) => ({
        withdrawn: task.state === 'withdrawn',
        submitted: task.review !== null,
        approved: task.review?.state === 'approved',
      })),
    ),
  };
}
