// The part of a generated Prisma client the shared outbox and consumer code needs. Every service's
// client has it, so one implementation serves all of them.
export interface RawSql {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface TransactionalClient extends RawSql {
  /** `timeout`: how long the transaction may run, in ms (Prisma's default: 5,000). */
  $transaction<R>(fn: (tx: RawSql) => Promise<R>, options?: { timeout?: number }): Promise<R>;
}
