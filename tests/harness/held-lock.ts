// Another writer's transaction caught part way: it takes its lock, then waits for the test to let it go before
// it makes its change and commits. For the tests that a request meeting that lock waits for it, and is then
// judged against what the change left (a team change under way, a submission locking its task). Nothing here
// starts a service, so a service's own tests can import it.

interface LockingClient<Tx> {
  $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: { timeout?: number }): Promise<R>;
}

export interface HeldLock {
  /** Lets the transaction make its change; answers once it has committed. */
  release(): Promise<void>;
}

/**
 * Runs `lock` (a `SELECT … FOR UPDATE` whose one parameter is `id`) in a transaction on `db`, and answers once
 * the lock is held; the transaction makes `change` and commits when released.
 */
export async function holdLock<
  Tx extends { $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> },
>(db: LockingClient<Tx>, lock: string, id: string, change: (tx: Tx) => Promise<unknown>): Promise<HeldLock> {
  let letGo!: () => void;
  const released = new Promise<void>((resolve) => (letGo = resolve));
  let lockTaken!: () => void;
  const held = new Promise<void>((resolve) => (lockTaken = resolve));
  const committed = db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(lock, id);
      lockTaken();
      await released;
      await change(tx);
    },
    { timeout: 30_000 },
  );
  // A transaction that fails before it holds the lock fails the test here rather than leaving it waiting.
  await Promise.race([held, committed]);
  return {
    release: async () => {
      letGo();
      await committed;
    },
  };
}
