// Locks a task its assessor submitted (the workflow's submitAssessment update) and reports the submission.
// The version is the one the assessor validated: if the answers moved on since, the lock is refused.
import type { z } from 'zod';
import { problem, taskSubmitted, lockSubmittedTask } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import { CommandRejected } from '@yji/messaging';
import { auditTask, WORKFLOW_ACTOR } from '../audit/audit-task.ts';
import { routeFirstSubmission } from '../qa/route-submission.ts';
import { OPEN_STATES } from '../task-state.ts';
import { refuseIfInvalidUnderLock } from '../tasks/stored-assessment.ts';
import { announceTaskProgress } from '../tasks/task-progressed.ts';
import { onLockedTask, fieldworkCommand } from './task-for-command.ts';

export const lockSubmittedTaskHandler = fieldworkCommand(lockSubmittedTask, (db, command) =>
  onLockedTask(db, command.taskId, async (tx, task) => {
    const staleVersion = () => new CommandRejected(problem('stale-version', { current: task.version }));
    if (task.state === 'submitted') {
      // A repeat of the lock that already happened (which routed the submission in its transaction).
      if (task.version === command.version) return { taskId: task.id, state: 'submitted' as const };
      throw staleVersion();
    }
    if (!(OPEN_STATES as readonly string[]).includes(task.state)) {
      throw new CommandRejected(problem('task-not-open', { state: task.state }));
    }
    if (task.version !== command.version) throw staleVersion();
    // The route checked the rules before the workflow took the submission; an interview recorded since keeps
    // the version but may change which questions apply, so they are checked again on what is locked.
    await refuseIfInvalidUnderLock(tx, task, CommandRejected);
    const { count } = await tx.caseTask.updateMany({
      where: { id: task.id, version: command.version, state: { in: [...OPEN_STATES] } },
      data: { state: 'submitted', submittedAt: new Date() },
    });
    if (count === 0) throw staleVersion();
    await auditTask(tx, WORKFLOW_ACTOR, task, 'task.locked', { version: command.version });
    // The case's assessor submitted it: the workflow's update allows only the assignee.
    if (task.assigneeId) {
      // Audited here, with the lock that carries the submission out, not by the request: a request may
      // answer 202 before it is done, and a retried one is the same submission, so this is the one moment
      // it is certainly submitted, once. The person is the assignee (roles are the token's, not known here);
      // the warnings went back to them with the answer.
      const submitter = { userId: task.assigneeId, roles: [] };
      await auditTask(tx, submitter, task, 'task.submitted', { version: command.version });
      await routeFirstSubmission(tx, task, task.assigneeId, WORKFLOW_ACTOR);
    }
    await appendToOutbox(tx, taskSubmitted.subject, {
      taskId: task.id,
      inspectionId: task.inspectionId,
      caseRef: task.caseRef,
    } satisfies z.input<typeof taskSubmitted.payload>);
    await announceTaskProgress(tx, task.id);
    return { taskId: task.id, state: 'submitted' as const };
  }),
);
