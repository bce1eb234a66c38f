// Keeps TeamMembership, the read model of who belongs to which inspection in which role, from the
// inspection service's team events; every service that checks membership keeps the table in its own schema
// (the fieldwork and ratings services). A redelivered event takes effect once (startIdempotentConsumer), so
// an old "added" replayed after a "removed" cannot bring a member back.
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

async function applyTeamEvent(
  tx: RawSql,
  subject: string,
  { inspectionId, userId, role }: z.output<typeof membership>,
): Promise<void> {
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
