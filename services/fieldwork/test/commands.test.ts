// The commands the case workflow's activities send, and those the inspection workflow sends for a whole
// sample, over real NATS into real PostgreSQL: each takes effect once however often it is sent, and refuses
// (or, for a whole sample, leaves out) what the task's state does not allow.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignNewTasks,
  assignTask,
  createSampleTasks,
  createTask,
  lockSubmittedTask,
  recordDeadlineEvent,
  taskReminderDue,
  taskProgressed,
  taskSubmitted,
  withdrawTask,
} from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import { COURT_FACTS, startFieldworkUnderTest } from './fieldwork-under-test.ts';
import { qaUnderTest } from './qa-under-test.ts';

type Fieldwork = Awaited<ReturnType<typeof startFieldworkUnderTest>>;

describe('fieldwork commands', () => {
  let fieldwork: Fieldwork;
  beforeAll(async () => {
    fieldwork = await startFieldworkUnderTest();
  });
  afterAll(() => fieldwork?.stop());

  const outboxRows = (subject: string, taskId: string) =>
    fieldwork.db.outboxMessage.findMany({
      where: { subject, payload: { path: ['taskId'], equals: taskId } },
    });

  it('creates a task once, however often createTask is sent', async () => {
    const command = {
      taskId: randomUUID(),
      inspectionId: randomUUID(),
      caseRef: 'CASE-IDEM-1',
      frameworkId: 'd2-v6.5',
      facts: COURT_FACTS,
    };
    expect(await sendCommand(fieldwork.nc, createTask, command)).toEqual({
      taskId: command.taskId,
      created: true,
    });
    expect(await sendCommand(fieldwork.nc, createTask, command)).toEqual({
      taskId: command.taskId,
      created: false,
    });

    const rows = await fieldwork.db.caseTask.findMany({ where: { inspectionId: command.inspectionId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: command.taskId,
      state: 'unassigned',
      version: 0,
      facts: COURT_FACTS,
    });
    const audit = await fieldwork.db.auditEntry.findMany({ where: { entityId: command.taskId } });
    expect(audit.map((entry) => entry.action)).toEqual(['task.created']);
  });

  it('refuses a second task for a case that has one, and a framework it does not know', async () => {
    const inspectionId = randomUUID();
    const base = { inspectionId, caseRef: 'CASE-TAKEN', frameworkId: 'd2-v6.5', facts: COURT_FACTS };
    await sendCommand(fieldwork.nc, createTask, { ...base, taskId: randomUUID() });
    await expect(
      sendCommand(fieldwork.nc, createTask, { ...base, taskId: randomUUID() }),
    ).rejects.toMatchObject({
      code: 'case-has-task',
    });
    await expect(
      sendCommand(fieldwork.nc, createTask, {
        ...base,
        caseRef: 'CASE-OTHER',
        taskId: randomUUID(),
        frameworkId: 'd9',
      }),
    ).rejects.toMatchObject({ code: 'unknown-framework' });
  });

  it('locks a submitted task once and reports it once; a stale version is refused', async () => {
    const { taskId } = await fieldwork.assignedTask('inspector-1');
    await fieldwork.storeCompleteDraft(taskId);
    await expect(sendCommand(fieldwork.nc, lockSubmittedTask, { taskId, version: 3 })).rejects.toMatchObject({
      code: 'stale-version',
    });
    expect(await sendCommand(fieldwork.nc, lockSubmittedTask, { taskId, version: 0 })).toEqual({
      taskId,
      state: 'submitted',
    });
    expect(await sendCommand(fieldwork.nc, lockSubmittedTask, { taskId, version: 0 })).toEqual({
      taskId,
      state: 'submitted',
    });
    expect(await outboxRows(taskSubmitted.subject, taskId)).toHaveLength(1);
    const task = await fieldwork.db.caseTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(task.submittedAt).not.toBeNull();
  });

  // The submit route checks the rules before the workflow takes the submission; the interview may be
  // recorded again after that without a new version, and 002 13b decides which 2016 View 5 questions apply.
  it('refuses to lock a draft that the interview recorded since has made invalid; the task stays open', async () => {
    const qa = qaUnderTest(fieldwork);
    const { taskId } = await qa.answered2016(await qa.inspection({}));
    await qa.caseManagerSeenBefore(taskId);
    await expect(sendCommand(fieldwork.nc, lockSubmittedTask, { taskId, version: 1 })).rejects.toMatchObject({
      code: 'assessment-invalid',
    });
    const task = await fieldwork.db.caseTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(task).toMatchObject({ state: 'assigned', version: 1, submittedAt: null });
    expect(await outboxRows(taskSubmitted.subject, taskId)).toHaveLength(0);
  });

  it('refuses to assign or withdraw a submitted task', async () => {
    const { taskId } = await fieldwork.assignedTask('inspector-1');
    await fieldwork.storeCompleteDraft(taskId);
    await sendCommand(fieldwork.nc, lockSubmittedTask, { taskId, version: 0 });
    await expect(
      sendCommand(fieldwork.nc, assignTask, {
        taskId,
        assigneeId: 'inspector-2',
        dueAt: '2026-12-21T17:00:00Z',
      }),
    ).rejects.toMatchObject({ code: 'task-locked' });
    await expect(sendCommand(fieldwork.nc, withdrawTask, { taskId })).rejects.toMatchObject({
      code: 'task-submitted',
    });
  });

  it('reassigns an open task, and withdraws it once', async () => {
    const { taskId } = await fieldwork.assignedTask('inspector-1');
    const reassign = { taskId, assigneeId: 'inspector-2', dueAt: '2026-12-21T17:00:00.000Z' };
    expect(await sendCommand(fieldwork.nc, assignTask, reassign)).toEqual({ taskId, state: 'assigned' });
    expect(await sendCommand(fieldwork.nc, assignTask, reassign)).toEqual({ taskId, state: 'assigned' });
    expect(await sendCommand(fieldwork.nc, withdrawTask, { taskId })).toEqual({ taskId, state: 'withdrawn' });
    expect(await sendCommand(fieldwork.nc, withdrawTask, { taskId })).toEqual({ taskId, state: 'withdrawn' });
    const audit = await fieldwork.db.auditEntry.findMany({
      where: { entityId: taskId },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      'task.created',
      'task.assigned',
      'task.assigned',
      'task.withdrawn',
    ]);
  });

  it('records a deadline event once per task, kind and due date', async () => {
    const dueAt = '2026-12-20T17:00:00.000Z';
    const { taskId, inspectionId } = await fieldwork.assignedTask('inspector-1', { dueAt });
    const reminder = { taskId, kind: 'reminder' as const, dueAt };
    await sendCommand(fieldwork.nc, recordDeadlineEvent, reminder);
    await sendCommand(fieldwork.nc, recordDeadlineEvent, reminder);
    const rows = await outboxRows(taskReminderDue.subject, taskId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toEqual({ taskId, inspectionId, caseRef: expect.any(String), dueAt });

    // A new due date (the task was reassigned) is a new reminder.
    await sendCommand(fieldwork.nc, recordDeadlineEvent, { ...reminder, dueAt: '2026-12-22T17:00:00.000Z' });
    expect(await outboxRows(taskReminderDue.subject, taskId)).toHaveLength(2);
  });

  it('refuses a command for a task that does not exist', async () => {
    await expect(sendCommand(fieldwork.nc, withdrawTask, { taskId: randomUUID() })).rejects.toMatchObject({
      code: 'unknown-task',
    });
  });

  // The commands the inspection workflow sends for a whole sample at once (issue 12).
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
    await fieldwork.storeCompleteDraft(submitted);
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
    // Each change's snapshot, as the progress read model's consumer parses it.
    const [latest] = await fieldwork.db.outboxMessage.findMany({
      where: { subject: taskProgressed.subject, payload: { path: ['taskId'], equals: fresh[1] } },
      orderBy: { createdAt: 'desc' },
      take: 1,
    });
    expect(taskProgressed.payload.parse(latest!.payload)).toEqual({
      taskId: fresh[1],
      inspectionId,
      caseRef: 'CASE-NEW-1',
      state: 'assigned',
      assigneeId: 'inspector-1',
      dueAt,
      overdue: false,
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/),
    });
    for (const taskId of fresh) {
      expect(byId.get(taskId)).toMatchObject({ assigneeId: 'inspector-1', dueAt: new Date(dueAt) });
      expect(await actionsOn(taskId)).toEqual(['task.created', 'task.assigned']);
      expect(await announced(taskId)).toBe(2);
    }
    expect(byId.get(held)).toMatchObject({ assigneeId: 'inspector-2', state: 'assigned' });
    expect(byId.get(submitted)).toMatchObject({ state: 'submitted' });
  });
});
