// For the tests of a write racing a service's retention purge (docs/retention.md, retention-lock.ts): the
// purge is held open part way, on the row of a table it changes late, a write is sent meanwhile, and once
// the write has finished or waits on a lock the purge is let through to commit. So the write meets a purge
// under way, whichever lock it comes to wait on. Test support only (`@yji/db/testing`).
import type { RawSql, TransactionalClient } from './transactional.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The backends waiting on a lock one of `holders` holds. */
async function waitingOn(db: RawSql, holders: number[]): Promise<number[]> {
  const rows = await db.$queryRawUnsafe<{ pid: number }[]>(
    'SELECT pid FROM pg_stat_activity WHERE pg_blocking_pids(pid) && $1::int[]',
    holders,
  );
  return rows.map(({ pid }) => pid);
}

/** The backend that comes to wait on `holder`'s lock: the purge, reaching the row held. */
async function firstWaitingOn(db: RawSql, holder: number): Promise<number> {
  for (let tries = 0; tries < 500; tries++) {
    const [pid] = await waitingOn(db, [holder]);
    if (pid !== undefined) return pid;
    await sleep(20);
  }
  throw new Error('the purge never reached the row held');
}

export interface HeldPurge {
  /** A statement locking the row the purge is held on (`FOR UPDATE`), its one parameter the row's id. */
  holdRow: string;
  rowId: string;
  /** Sends the purge; it must come to wait on the row held. */
  purge: () => Promise<unknown>;
}

/** What `write` answered, sent while the purge `held` is under way; the purge has committed when it returns. */
export async function whileThePurgeRuns<T>(
  db: TransactionalClient,
  held: HeldPurge,
  write: () => Promise<T>,
): Promise<T> {
  let letThrough = () => {};
  const released = new Promise<void>((resolve) => (letThrough = resolve));
  let holding = (_pid: number) => {};
  const holder = new Promise<number>((resolve) => (holding = resolve));
  const door = db.$transaction(
    async (tx) => {
      const [{ pid }] = await tx.$queryRawUnsafe<[{ pid: number }]>('SELECT pg_backend_pid() AS pid');
      await tx.$executeRawUnsafe(held.holdRow, held.rowId);
      holding(pid);
      await released;
    },
    { timeout: 30_000 },
  );
  const doorPid = await holder;
  const purge = held.purge();
  const purgePid = await firstWaitingOn(db, doorPid);
  let settled = false;
  const written = write();
  void written.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled && !(await waitingOn(db, [doorPid, purgePid])).some((pid) => pid !== purgePid))
    await sleep(20);
  letThrough();
  await door;
  await purge;
  return written;
}
