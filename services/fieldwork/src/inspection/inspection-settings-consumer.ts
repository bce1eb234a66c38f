// Keeps InspectionSettings, what the fieldwork service's case rules need to know about each inspection (its
// country, its 2016 programme), from the inspection service's inspection.created events. A redelivered event
// takes effect once (startIdempotentConsumer).
import { inspectionCreated } from '@yji/contracts';
import { startEventConsumer, type EventConsumerOptions, type NatsConnection } from '@yji/messaging';
import type { FieldworkDb } from '../db.ts';

export function startInspectionSettingsConsumer(
  db: FieldworkDb,
  nc: NatsConnection,
  options: EventConsumerOptions,
) {
  return startEventConsumer(
    db,
    nc,
    inspectionCreated,
    options,
    async ({ inspectionId, country, programme }, tx) => {
      await tx.$executeRawUnsafe(
        `INSERT INTO "InspectionSettings" ("inspectionId", country, programme) VALUES ($1::uuid, $2, $3::jsonb)
         ON CONFLICT ("inspectionId") DO UPDATE SET country = EXCLUDED.country, programme = EXCLUDED.programme`,
        inspectionId,
        country ?? null,
        programme ? JSON.stringify(programme) : null,
      );
    },
  );
}
