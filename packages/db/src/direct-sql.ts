// The hot paths' raw statements (issue 12), sent straight through the service's pg pool, the pool Prisma's
// adapter uses too. Through `$queryRawUnsafe` the same statement cost 0.15–0.2 ms more CPU than through pg
// (Prisma's query machinery around it and its result conversion: 11–21 % of the inspector's requests), and
// was parsed and planned anew each time; here each is a named prepared statement, parsed once per connection.
// Values come back as `$queryRawUnsafe` returns them, so a statement moved here reads the same rows.
import pg from 'pg';

/** A statement of the hot path: a constant, so pg prepares it once per connection under its name. */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

export interface DirectSql {
  /** The statement's rows for `values` ($1, $2, … in order). */
  rows<T>(statement: PreparedStatement, values: readonly unknown[]): Promise<T[]>;
}

/**
 * Declared once at module level, never built per request: each name holds a prepared statement on every
 * connection of the pool for as long as the connection lives.
 */
export function preparedStatement(name: string, text: string): PreparedStatement {
  return Object.freeze({ name, text });
}

/**
 * SQL that writes a timestamp as an answer's JSON writes one (`Date.prototype.toISOString`: milliseconds, `Z`),
 * so a hot path's statement answers text ready to send rather than a Date parsed only to be written out again.
 * `utcTimestamp` is a timestamp without a zone holding UTC (as Prisma writes them); for a `timestamptz`
 * column pass `<column> AT TIME ZONE 'UTC'`.
 */
export const isoTimestampSql = (utcTimestamp: string) =>
  `to_char(${utcTimestamp}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const utcDate = (text: string) => new Date(`${text}T00:00:00Z`);
/** A timestamp without a zone holds UTC (Prisma writes it so), where pg would read it in local time. */
const utcTimestamp = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);

/** As Prisma's adapter reads them: dates and timestamps as UTC, 64-bit integers as bigint. */
const PRISMA_LIKE_PARSERS = new Map<number, (text: string) => unknown>([
  [pg.types.builtins.DATE, utcDate],
  [pg.types.builtins.TIMESTAMP, utcTimestamp],
  [pg.types.builtins.INT8, BigInt],
]);

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    (format !== 'binary' && PRISMA_LIKE_PARSERS.get(oid)) ||
    pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

export function directSql(pool: pg.Pool): DirectSql {
  return {
    async rows<T>(statement: PreparedStatement, values: readonly unknown[]) {
      const result = await pool.query({ ...statement, values: [...values], types });
      return result.rows as T[];
    },
  };
}
