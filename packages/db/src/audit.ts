// The audit log: who did what to which record, and who read case data, written in the same transaction
// as the change or read it records. Every service has the same AuditEntry table in its own schema
// (prisma/shared-models.prisma).
import { randomUUID } from 'node:crypto';
import type { RawSql } from './transactional.ts';

/**
 * Makes `tables` append-only: UPDATE, DELETE and TRUNCATE raise an exception. Prisma does not generate
 * triggers, so `pnpm migrate new` adds this to the migration that creates a table whose model carries the
 * `/// @append-only` marker (AuditEntry's among the shared models). It calls `make_append_only`, which the
 * shared tables' first migration creates in every service's schema: one function of each table's own and its
 * two triggers, each statement replacing what it finds, so calling it again changes nothing. It guards against
 * the application, not against the table's owner, who can drop a trigger: in production the services'
 * database role should also lack UPDATE and DELETE on the table.
 */
export function appendOnlySql(tables: readonly string[]): string {
  return `SELECT "make_append_only"(ARRAY[${tables.map((table) => `'${table}'`).join(', ')}]);`;
}

/**
 * Flat on purpose: ids, codes, counts and field names fit; a nested object (a set of answers, a case
 * record) does not. Never put a value of case data here, only which fields were touched.
 */
export type AuditDetails = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/** Who acted: a person (from their verified token, with the request that carried it) or a system part. */
export interface AuditActor {
  userId: string;
  roles: readonly string[];
  requestId?: string;
}

export interface AuditEntryInput {
  actor: AuditActor;
  /** `<entity>.<what happened>`, lower case: 'inspection.created', 'case.read', 'answers.saved'. */
  action: string;
  entityType: string;
  entityId: string;
  inspectionId?: string;
  /** Why, when the person had to say (e.g. reading a case outside one's assignment). */
  reason?: string;
  details?: AuditDetails;
}

/** An action is a name, never a place for data. */
const ACTION = /^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/;

const AUDIT_COLUMNS = `id, "actorId", "actorRoles", action, "entityType", "entityId", "inspectionId", "requestId", reason, details`;

/**
 * The entry's values in AUDIT_COLUMNS order, and the new entry's id; without the inspection when the
 * statement takes it from its own rows (`inspectionFromRows`).
 */
function auditParams(entry: AuditEntryInput, inspectionFromRows: boolean) {
  if (!ACTION.test(entry.action)) {
    throw new Error(`audit action "${entry.action}" must look like "inspection.created"`);
  }
  const id = randomUUID();
  const params: unknown[] = [
    id,
    entry.actor.userId,
    [...entry.actor.roles],
    entry.action,
    entry.entityType,
    entry.entityId,
    ...(inspectionFromRows ? [] : [entry.inspectionId ?? null]),
    entry.actor.requestId ?? null,
    entry.reason ?? null,
    entry.details === undefined ? null : JSON.stringify(entry.details),
  ];
  return { id, params };
}

/**
 * The placeholders of `auditParams`' values, numbered from `first`. `inspectionIdSql`, when given, takes the
 * inspection from the statement's own rows.
 */
function auditPlaceholders(first: number, inspectionIdSql?: string): string {
  const casts = ['::uuid', '', '::text[]', '', '', '', '::uuid', '', '', '::jsonb'];
  let next = first;
  return casts
    .map((cast, column) =>
      column === 6 && inspectionIdSql !== undefined ? inspectionIdSql : `$${next++}${cast}`,
    )
    .join(', ');
}

/** Call inside the transaction that makes the change (or reads the data) being recorded. Returns the entry id. */
export async function appendAudit(tx: RawSql, entry: AuditEntryInput): Promise<string> {
  const { id, params } = auditParams(entry, false);
  await tx.$executeRawUnsafe(
    `INSERT INTO "AuditEntry" (${AUDIT_COLUMNS}) VALUES (${auditPlaceholders(1)})`,
    ...params,
  );
  return id;
}

/**
 * For a read that records itself in its own statement (one round trip on a hot path, issue 12): the
 * `INSERT … SELECT` of a data-modifying CTE that appends the entry once for each row of `from` matching
 * `where` (every row without it), so a refused read records nothing. Its placeholders are numbered from `firstParam`, and
 * `paramsOf` gives an entry's values for them; the inspection is `inspectionIdSql`, an expression over
 * `from`'s columns. The text depends only on `sql`: a statement built once takes every entry.
 */
export function auditInsertSql(sql: {
  firstParam: number;
  from: string;
  where?: string;
  inspectionIdSql: string;
}): { sql: string; paramsOf: (entry: Omit<AuditEntryInput, 'inspectionId'>) => unknown[] } {
  const values = auditPlaceholders(sql.firstParam, sql.inspectionIdSql);
  return {
    sql: `INSERT INTO "AuditEntry" (${AUDIT_COLUMNS}) SELECT ${values} FROM ${sql.from} WHERE ${sql.where ?? 'true'}`,
    paramsOf: (entry) => auditParams(entry, true).params,
  };
}
