// @fastify/session's store, in the portal's PostgreSQL schema, so any replica serves any session. Rows are
// keyed by the SHA-256 of the session id: reading the table does not give anyone a cookie to use.
import { createHash } from 'node:crypto';
import type { Session } from 'fastify';
import type { PortalDb } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';

type Callback = (error?: unknown) => void;

const rowId = (sessionId: string) => createHash('sha256').update(sessionId).digest('base64url');

export function databaseSessionStore(db: PortalDb, ttlMs: number) {
  return {
    set(sessionId: string, session: Session, callback: Callback) {
      const expiresAt = session.cookie.expires ?? new Date(Date.now() + ttlMs);
      const data = JSON.parse(JSON.stringify(session)) as Prisma.InputJsonValue;
      db.session
        .upsert({
          where: { id: rowId(sessionId) },
          create: { id: rowId(sessionId), data, expiresAt },
          update: { data, expiresAt },
        })
        .then(() => callback(), callback);
    },
    get(sessionId: string, callback: (error: unknown, session?: Session | null) => void) {
      db.session
        .findUnique({ where: { id: rowId(sessionId) } })
        .then((row) =>
          callback(null, row && row.expiresAt > new Date() ? (row.data as unknown as Session) : null),
        )
        .catch(callback);
    },
    destroy(sessionId: string, callback: Callback) {
      db.session.deleteMany({ where: { id: rowId(sessionId) } }).then(() => callback(), callback);
    },
  };
}

/** Deletes expired sessions; the portal runs it on a timer. */
export async function deleteExpiredSessions(db: PortalDb): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return count;
}
