// Keeps TeamMembership, the read model of who belongs to which inspection in which role, from the
// inspection service's team events; every service that checks membership keeps the table in its own schema
// (the fieldwork, ratings and publication services). A redelivered event takes effect once
// (startIdempotentConsumer), and an event delivered behind a later change of the same membership (a retry's
// delay, another replica, a replay of parked events) is not applied: an old "added" cannot bring back a
// member removed after it.
import type { z } from 'zod';
import { teamMemberAdded, teamMemberRemoved } from '@yji/contracts';
import type { RawSql, TransactionalClient } from '@yji/db';
import type { NatsConnection } from '@nats-io/transport-node';
import { startEventConsumer, type EventConsumerOptions } from './event-consumer.ts';

const membership = teamMemberAdded.payload;

/**
 * Both team events in one filter subject: NATS servers before 2.10 (this workplace runs 2.9) take a
 * single filter subject per consumer. Other team events, if any appear, are acknowledged and ignored.
 */
const TEAM_EVENTS = 'yji.inspection.team.*';

/**
 * Whether the event is later than any applied before it for the same membership (and records it as the
 * latest): one delivered late, behind a later change, is not applied. An event from before the team events
 * carried their time is applied as it comes.
 */
async function isLatest(tx: RawSql, { inspectionId, userId, role, changedAt }: z.output<typeof membership>) {
  if (changedAt === undefined) return true;
  const recorded = await tx.$executeRawUnsafe(
    `INSERT INTO "TeamMembershipChange" ("inspectionId", "userId", role, "changedAt")
     VALUES ($1::uuid, $2, $3, $4::timestamptz)
     ON CONFLICT ("inspectionId", "userId", role) DO UPDATE SET "changedAt" = EXCLUDED."changedAt"
       WHERE "TeamMembershipChange"."changedAt" < EXCLUDED."changedAt"`,
    inspectionId,
    userId,
    role,
    changedAt,
  );
  return recorded > 0;
}

async function applyTeamEvent(
  tx: RawSql,
  subject: string,
  event: z.output<typeof membership>,
): Promise<void> {
  if (!(await isLatest(tx, event))) return;
  const { inspectionId, userId, role } = event;
  if (subject === teamMemberAdded.subject) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "TeamMembership" ("inspectionId", "userId", role) VALUES ($1::uuid, $2, $3)
       ON CONFLICT DO NOTHING`,
      inspectionId,
      userId,
      role,
    );
  } else if (subject === teamMemberRemoved.subject) {
    await tx.$executeRawUnsafe(
      'DELETE FROM "TeamMembership" WHERE "inspectionId" = $1::uuid AND "userId" = $2 AND role = $3',
      inspectionId,
      userId,
      role,
    );
  }
}

export function startTeamMembershipConsumer(
  db: TransactionalClient,
  nc: NatsConnection,
  options: EventConsumerOptions,
) {
  return startEventConsumer(
    db,
    nc,
    { subject: TEAM_EVENTS, payload: membership },
    options,
    (payload, tx, message) => applyTeamEvent(tx, message.subject, payload),
  );
}
