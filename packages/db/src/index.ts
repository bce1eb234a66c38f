export { poolConfigFor, prismaAdapterFor, databaseTls, SSL_MODES, type DatabaseTls } from './pool-config.ts';
export { fromDateColumn, toDateColumn } from './date-column.ts';
export { appendToOutbox, relayBatch, processOnce, type OutboxRow } from './outbox-store.ts';
export type { RawSql, TransactionalClient } from './transactional.ts';
export { appendOnlySql } from './audit.ts';
export { appendAudit, type AuditEntryInput, type AuditActor, type AuditDetails } from './audit.ts';
export { SHARED_MODELS_FILE, SHARED_TABLE_SQL, sharedModelsForService } from './shared-tables.ts';
