// Keeps InspectedService, each inspection's YJS code for the national roll-up, from the inspection service's
// inspection.created events. A redelivered event takes effect once (startIdempotentConsumer).
import { EVENT_STREAM, inspectionCreated } from '@yji/contracts';
import { startIdempotentConsumer, type NatsConnection, type TeamConsumerOptions } from '@yji/messaging';
import type { PublicationDb } from '../db.ts';

export function startInspectedServiceConsumer(
  db: PublicationDb,
  nc: NatsConnection,
  options: TeamConsumerOptions,
) {
  return startIdempotentConsumer(db, nc, {
    stream: EVENT_STREAM,
    durable: options.durable,
    subjects: [inspectionCreated.subject],
    payload: inspectionCreated.payload,
    handle: async ({ inspectionId, yjsCode }, tx) => {
      await tx.$executeRawUnsafe(
        `INSERT INTO "InspectedService" ("inspectionId", "yjsCode") VALUES ($1::uuid, $2)
         ON CONFLICT ("inspectionId") DO UPDATE SET "yjsCode" = EXCLUDED."yjsCode"`,
        inspectionId,
        yjsCode,
      );
    },
    onError: options.onError,
  });
}
