export {
  poolConfigFor,
  prismaWithDirectSql,
  prismaAdapterFor,
  databaseTls,
  isDatabaseBusy,
  POOL_WAIT_MS,
  SSL_MODES,
  type DatabaseTls,
} from './pool-config.ts';
export { fromDateColumn, toDateColumn } from './date-column.ts';
export { isoTimestampSql, preparedStatement, type DirectSql, type PreparedStatement } from './direct-sql.ts';
export {
  appendToOutbox,
  appendSelectedToOutbox,
  OUTBOX_CHANNEL,
  claimOutboxRows,
  markOutboxPublished,
  recordOutboxFailure,
  releaseOutboxRows,
  countParkedOutboxRows,
  deletePublishedOutboxRows,
  type OutboxRow,
  type ClaimedRow,
} from './outbox-store.ts';
export {
  PROCESSED_MESSAGE_SQL,
  processOnce,
  deleteProcessedMessagesBefore,
  parkMessage,
  countParkedMessages,
  replaysRequested,
  replayParkedMessage,
  recordReplayFailure,
  type ParkedEvent,
  type ParkedMessage,
} from './consumer-store.ts';
export type { RawSql, TransactionalClient } from './transactional.ts';
export { listenForOutbox, type OutboxListener } from './outbox-listener.ts';
export { appendOnlySql } from './audit.ts';
export {
  appendAudit,
  auditInsertSql,
  type AuditEntryInput,
  type AuditActor,
  type AuditDetails,
} from './audit.ts';
export { inspectionRecordAudit, recordAudit } from './record-audit.ts';
export {
  OPTIONAL_SHARED_HISTORIES,
  SHARED_HISTORY,
  SHARED_MODELS_FILE,
  sharedModelsForService,
  type SharedHistory,
} from './shared-tables.ts';
export {
  purgeOnce,
  purgedAt,
  RETENTION_ACTOR,
  type PurgedRows,
  type PurgeRecord,
} from './retention-purge.ts';
export { holdOffPurge, lockOutWriters, type InTransaction } from './retention-lock.ts';
