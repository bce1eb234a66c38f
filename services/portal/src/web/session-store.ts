// @fastify/session's store, in the portal's PostgreSQL schema, so any replica serves any session. Rows are
// keyed by the SHA-256 of the session id: reading the table does not give anyone a cookie to use.
import { createHash } from 'node:crypto';
import type { Session } from 'fastify';
import type { PortalDb } from '../db.ts';
import type { Prisma } from '../generated/prisma/client.ts';

type Callback = (error?: unknown) => void;

const rowId = (sessionId: string) => createHash('sha256').update(sessionId).digest('base64url');

/**
 * What a session's row holds once it has ended (signed out): kept until it would have expired, so that a
 * request still in flight, which saves the session it read when it ends, cannot bring it back.
 */
const ENDED = { ended: true };

export function databaseSessionStore(db: PortalDb, ttlMs: number) {
  return {
    set(sessionId: string, session: Session, callback: Callback) {
      const expiresAt = session.cookie.expires ?? new Date(Date.now() + ttlMs);
      db.$executeRaw`
        INSERT INTO "Session" (id, data, "expiresAt")
        VALUES (${rowId(sessionId)}, ${JSON.stringify(session)}::jsonb, ${expiresAt})
        ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, "expiresAt" = EXCLUDED."expiresAt"
         WHERE "Session".data->'ended' IS NULL`.then(() => callback(), callback);
    },
    get(sessionId: string, callback: (error: unknown, session?: Session | null) => void) {
      db.session
        .findUnique({ where: { id: rowId(sessionId) } })
        .then((row) => {
          const live = row && row.expiresAt > new Date() && !isEnded(row.data);
          callback(null, live ? (row.data as unknown as Session) : null);
        })
        .catch(callback);
    },
    destroy(sessionId: string, callback: Callback) {
      const id = rowId(sessionId);
      db.session
        .upsert({
          where: { id },
          create: { id, data: ENDED, expiresAt: new Date(Date.now() + ttlMs) },
          update: { data: ENDED },
        })
        .then(() => callback(), callback);
    },
  };
}

const isEnded = (data: Prisma.JsonValue) =>
  typeof data === 'object' && data !== null && !Array.isArray(data) && data.ended === true;

/** Deletes expired sessions; the portal runs it on a timer. */
export async function deleteExpiredSessions(db: PortalDb): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return count;
}
