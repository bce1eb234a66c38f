// The commands the inspection workflow sends for a whole sample at once (issue 12), over real NATS into
// real PostgreSQL: each task created, or assigned, once, audited and announced to the lead's progress, however
// often the command is sent; what a case's own workflow must do or refuse is left out of the answer.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignNewTasks,
  createSampleTasks,
  createTask,
  lockSubmittedTask,
  taskProgressed,
} from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import { COURT_FACTS, startFieldworkUnderTest } from './fieldwork-under-test.ts';

type Fieldwork = Awaited<ReturnType<typeof startFieldworkUnderTest>>;

describe('fieldwork commands for a whole sample', () => {
  let fieldwork: Fieldwork;
  beforeAll(async () => {
    fieldwork = await startFieldworkUnderTest();
  });
  afterAll(() => fieldwork?.stop());

  const actionsOn = async (taskId: string) =>
    (await fieldwork.db.auditEntry.findMany({ where: { entityId: taskId }, orderBy: { at: 'asc' } })).map(
      (entry) => entry.action,
    );
  const announced = (taskId: string) =>
    fieldwork.db.outboxMessage.count({
      where: { subject: taskProgressed.subject, payload: { path: ['taskId'], equals: taskId } },
    });

  it("creates a sample's tasks once, each audited and announced; leaves out a case another task holds and an unknown framework", async () => {
    const inspectionId = randomUUID();
    const task = (caseRef: string, frameworkId = 'd2-v6.5') => ({
      taskId: randomUUID(),
      caseRef,
      frameworkId,
      facts: COURT_FACTS,
    });
    const held = task('CASE-HELD');
    await sendCommand(fieldwork.nc, createTask, { ...held, inspectionId });
    const fresh = [task('CASE-A'), task('CASE-B')];
    const tasks = [...fresh, task('CASE-HELD'), task('CASE-C', 'd9')];

    const first = await sendCommand(fieldwork.nc, createSampleTasks, { inspectionId, tasks });
    expect(first.taskIds).toEqual(fresh.map(({ taskId }) => taskId));
    expect(await sendCommand(fieldwork.nc, createSampleTasks, { inspectionId, tasks })).toEqual(first);

    const rows = await fieldwork.db.caseTask.findMany({
      where: { inspectionId },
      orderBy: { caseRef: 'asc' },
    });
    expect(rows.map((row) => [row.caseRef, row.state, row.facts])).toEqual([
      ['CASE-A', 'unassigned', COURT_FACTS],
      ['CASE-B', 'unassigned', COURT_FACTS],
      ['CASE-HELD', 'unassigned', COURT_FACTS],
    ]);
    for (const { taskId } of fresh) {
      expect(await actionsOn(taskId)).toEqual(['task.created']);
      expect(await announced(taskId)).toBe(1);
    }
  });

  it('assigns tasks nobody holds once; leaves out one held by someone else, a submitted one and an unknown one', async () => {
    const dueAt = '2026-12-20T17:00:00.000Z';
    const { taskId: held } = await fieldwork.assignedTask('inspector-2', { dueAt });
    const { taskId: submitted } = await fieldwork.assignedTask('inspector-1', { dueAt });
    await sendCommand(fieldwork.nc, lockSubmittedTask, { taskId: submitted, version: 0 });
    const inspectionId = randomUUID();
    const fresh = [randomUUID(), randomUUID()];
    await sendCommand(fieldwork.nc, createSampleTasks, {
      inspectionId,
      tasks: fresh.map((taskId, index) => ({
        taskId,
        caseRef: `CASE-NEW-${index}`,
        frameworkId: 'd2-v6.5',
        facts: COURT_FACTS,
      })),
    });
    const assignments = [...fresh, held, submitted, randomUUID()].map((taskId) => ({
      taskId,
      assigneeId: 'inspector-1',
      dueAt,
    }));

    const first = await sendCommand(fieldwork.nc, assignNewTasks, { assignments });
    expect([...first.taskIds].sort()).toEqual([...fresh].sort());
    // Sent again (the activity retried), once an assessor has started: the same tasks, nothing recorded twice.
    await fieldwork.db.caseTask.update({ where: { id: fresh[0] }, data: { state: 'in-progress' } });
    expect(await sendCommand(fieldwork.nc, assignNewTasks, { assignments })).toEqual(first);

    const rows = await fieldwork.db.caseTask.findMany({ where: { id: { in: [...fresh, held, submitted] } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const taskId of fresh) {
      expect(byId.get(taskId)).toMatchObject({ assigneeId: 'inspector-1', dueAt: new Date(dueAt) });
      expect(await actionsOn(taskId)).toEqual(['task.created', 'task.assigned']);
      expect(await announced(taskId)).toBe(2);
    }
    expect(byId.get(held)).toMatchObject({ assigneeId: 'inspector-2', state: 'assigned' });
    expect(byId.get(submitted)).toMatchObject({ state: 'submitted' });
  });
});
