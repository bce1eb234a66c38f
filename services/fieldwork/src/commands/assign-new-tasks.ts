// Records the first assessor of new tasks in one transaction (the inspection workflow's bulk assignment,
// issue 12: one command instead of one per case). Only a task nobody holds is assigned here: a case that
// already has an assessor, or is submitted or withdrawn, is left to its case workflow, which assigns it, or
// refuses, in turn with its other changes. Sent again, it changes nothing more and answers the same tasks.
import { assignNewTasks, type TaskState } from '@yji/contracts';
import { OPEN_STATES } from '../task-state.ts';
import { fieldworkCommand } from './task-for-command.ts';
import { isAssignedAs, recordAssignment } from './record-assignment.ts';

export const assignNewTasksHandler = fieldworkCommand(assignNewTasks, (db, command) =>
  db.$transaction(async (tx) => {
    const asked = new Map(command.assignments.map((entry) => [entry.taskId, entry]));
    // Locked in one order, so two transactions over the same tasks wait for each other, never deadlock.
    await tx.$executeRawUnsafe('SELECT 1 FROM "CaseTask" WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [
      ...asked.keys(),
    ]);
    const tasks = await tx.caseTask.findMany({
      where: { id: { in: [...asked.keys()] } },
      select: { id: true, inspectionId: true, state: true, assigneeId: true, dueAt: true },
    });
    const taskIds: string[] = [];
    // In one order, so a repeated command answers the same list.
    tasks.sort((a, b) => a.id.localeCompare(b.id));
    for (const task of tasks) {
      const assignment = asked.get(task.id)!;
      if (task.state === 'unassigned') await recordAssignment(tx, task, assignment);
      // A repeat of this command finds its own assignments, possibly started by their assessors since.
      else if (!OPEN_STATES.includes(task.state as TaskState) || !isAssignedAs(task, assignment)) continue;
      taskIds.push(task.id);
    }
    return { taskIds };
  }),
);
