// Keeps InspectedService, each inspection's YJS code for the national roll-up, from the inspection service's
// inspection.created events. A redelivered event takes effect once (startIdempotentConsumer).
import { inspectionCreated } from '@yji/contracts';
import { startEventConsumer, type EventConsumerOptions, type NatsConnection } from '@yji/messaging';
import type { PublicationDb } from '../db.ts';

export function startInspectedServiceConsumer(
  db: PublicationDb,
  nc: NatsConnection,
  options: EventConsumerOptions,
) {
  return startEventConsumer(db, nc, inspectionCreated, options, async ({ inspectionId, yjsCode }, tx) => {
    await tx.$executeRawUnsafe(
      `INSERT INTO "InspectedService" ("inspectionId", "yjsCode") VALUES ($1::uuid, $2)
         ON CONFLICT ("inspectionId") DO UPDATE SET "yjsCode" = EXCLUDED."yjsCode"`,
      inspectionId,
      yjsCode,
    );
  });
}
