// Overload is bounded: when every database connection stays in use past the pool's wait, a draft save is
// answered 503 service-busy with Retry-After, not 500, and nothing is stored; a command is refused
// service-busy, not internal, so the activity that sent it tries again; PostgreSQL refusing a connection
// (too many connections: a shared server at its max_connections) is busy too, not a failure (issue 12).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assignTask } from '@yji/contracts';
import { isDatabaseBusy, POOL_WAIT_MS, preparedStatement } from '@yji/db';
import { CommandError, sendCommand } from '@yji/messaging';
import { createDb } from '../src/index.ts';
import { fieldworkTestConfig, startFieldworkUnderTest } from './fieldwork-under-test.ts';

let fieldwork: Awaited<ReturnType<typeof startFieldworkUnderTest>>;
beforeAll(async () => {
  // One connection, which the test holds.
  fieldwork = await startFieldworkUnderTest({ ...fieldworkTestConfig(), DATABASE_POOL_SIZE: 1 });
});
afterAll(() => fieldwork?.stop());

it('answers a save 503 service-busy with Retry-After while no connection comes free, and stores nothing', async () => {
  const { taskId, inspectionId } = await fieldwork.assignedTask('inspector-1');
  await fieldwork.joinTeam(inspectionId, 'inspector-1', 'inspector');
  const inspector = { userId: 'inspector-1', roles: ['inspector'] } as const;

  const holding = fieldwork.db.$queryRawUnsafe(`SELECT pg_sleep(${(POOL_WAIT_MS + 1500) / 1000})::text`);
  const held = holding.then(() => 'released');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const save = await fieldwork.call(inspector, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
    version: 0,
    answers: { 'A1.1': 'yes' },
  });
  expect(save.status).toBe(503);
  expect(save.body?.error?.code).toBe('service-busy');
  expect(save.headers.get('retry-after')).toBe(String(Math.ceil(POOL_WAIT_MS / 1000)));
  expect(save.text).not.toContain('A1.1');
  await held;

  const task = await fieldwork.db.caseTask.findUniqueOrThrow({ where: { id: taskId } });
  expect(task.version).toBe(0);
  // Once a connection is free again, the same save goes through.
  const retried = await fieldwork.call(inspector, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
    version: 0,
    answers: { 'A1.1': 'yes' },
  });
  expect(retried.status).toBe(200);
});

it('refuses a command service-busy, not internal, while no connection comes free, and changes nothing', async () => {
  const { taskId } = await fieldwork.assignedTask('inspector-1');

  // A Prisma query runs once it is awaited or then-ed: then-ed here, so the connection is held from now.
  const holding = fieldwork.db
    .$queryRawUnsafe(`SELECT pg_sleep(${(POOL_WAIT_MS + 1500) / 1000})::text`)
    .then(() => 'released');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const refusal = await sendCommand(fieldwork.nc, assignTask, {
    taskId,
    assigneeId: `inspector-${randomUUID()}`,
    dueAt: '2026-12-21T17:00:00.000Z',
  }).catch((error: unknown) => error);
  await holding;

  expect(refusal).toBeInstanceOf(CommandError);
  expect((refusal as CommandError).code).toBe('service-busy');
  const task = await fieldwork.db.caseTask.findUniqueOrThrow({ where: { id: taskId } });
  expect(task.assigneeId).toBe('inspector-1');
});

it('counts PostgreSQL refusing a connection for too many connections as busy, whatever the query', async () => {
  // A role PostgreSQL lets make no connection: it refuses it as it does on a server at max_connections
  // (SQLSTATE 53300), without filling a server other work shares.
  const role = `yji_no_connections_${randomUUID().slice(0, 8)}`;
  await fieldwork.db.$executeRawUnsafe(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 0`);
  const url = new URL(fieldworkTestConfig().DATABASE_URL);
  url.username = role;
  url.password = '';
  const refused = createDb(url.toString());
  try {
    const failures = await Promise.all([
      refused.$queryRawUnsafe('SELECT 1').catch((error: unknown) => error),
      refused.$transaction((tx) => tx.caseTask.count()).catch((error: unknown) => error),
      refused.caseTask.findFirst().catch((error: unknown) => error),
      refused.sql.rows(preparedStatement('test.one', 'SELECT 1'), []).catch((error: unknown) => error),
    ]);
    expect(failures).toHaveLength(4);
    for (const failure of failures) expect(isDatabaseBusy(failure), String(failure)).toBe(true);
  } finally {
    await refused.$disconnect();
    await fieldwork.db.$executeRawUnsafe(`DROP ROLE ${role}`);
  }
});
