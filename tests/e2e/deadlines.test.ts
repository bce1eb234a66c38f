// Due dates are timers in each case's workflow: a reminder when the reminder window opens, an escalation
// to the lead inspector when the date passes. Both go out as events; the assessor's task list shows which
// task's reminder has come, and the lead's progress shows the case overdue.
import { describe, expect, it } from 'vitest';
import { taskOverdue, taskReminderDue } from '@yji/contracts';
import {
  callersOf,
  eventsOn,
  eventually,
  inspectionInFieldwork,
  PEOPLE,
  useSystem,
  type Json,
} from '../harness/index.ts';

describe('deadlines', () => {
  const system = useSystem();
  const { lead, inspector } = callersOf(system);

  it(
    'remind the assessor inside the reminder window and escalate when the due date passes',
    { timeout: 180_000 },
    async () => {
      const { id, cases } = await inspectionInFieldwork(system, lead, {
        team: [PEOPLE.inspector],
        sampleSize: 2,
      });
      const [late, onTime] = cases as [(typeof cases)[number], (typeof cases)[number]];

      // Reassigned with a due date a few seconds away: inside the two-day reminder window already.
      const dueAt = new Date(Date.now() + 5_000).toISOString();
      const reassigned = await lead('PUT', `/api/inspections/${id}/cases/${late.caseRef}/assignee`, {
        assigneeId: 'inspector-1',
        dueAt,
      });
      expect(reassigned.status).toBe(200);

      const forTask = (subject: string) => async () => {
        const found = (await eventsOn(system.nc, subject)).filter(
          (event) => (event.payload as { taskId: string }).taskId === late.taskId,
        );
        return found.length ? found : undefined;
      };
      const reminders = await eventually('the reminder', forTask(taskReminderDue.subject));
      expect(reminders.map((event) => event.payload)).toEqual([
        { taskId: late.taskId, inspectionId: id, caseRef: late.caseRef, dueAt },
      ]);
      const list = await inspector('GET', `/api/fieldwork/tasks?inspectionId=${id}`);
      const reminded = list.body.tasks.map((task: Json) => [task.caseRef, task.reminded]);
      expect(new Map(reminded)).toEqual(
        new Map([
          [late.caseRef, true],
          [onTime.caseRef, false],
        ]),
      );
      expect((await inspector('GET', `/api/fieldwork/tasks/${late.taskId}`)).body.reminded).toBe(true);
      const escalations = await eventually('the escalation', forTask(taskOverdue.subject));
      expect(escalations).toHaveLength(1);

      const progress = await eventually('the case to show overdue', async () => {
        const response = await lead('GET', `/api/inspections/${id}/progress`);
        return response.body.totals.overdue === 1 ? response.body : undefined;
      });
      const byRef = new Map(progress.cases.map((entry: { caseRef: string }) => [entry.caseRef, entry]));
      expect(byRef.get(late.caseRef)).toMatchObject({ overdue: true, dueAt });
      expect(byRef.get(onTime.caseRef)).toMatchObject({ overdue: false });
      // The case still due in December has had no reminder yet.
      const early = (await eventsOn(system.nc, taskReminderDue.subject)).filter(
        (event) => (event.payload as { taskId: string }).taskId === onTime.taskId,
      );
      expect(early).toEqual([]);
    },
  );
});
