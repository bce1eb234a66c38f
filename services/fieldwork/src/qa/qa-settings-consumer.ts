// Keeps QaSettings, the fieldwork service's copy of each inspection's QA policy and alert escalation, from
// the inspection service's qa-settings events. The latest setting wins; a redelivered event takes effect
// once (startIdempotentConsumer).
import { qaSettingsSet } from '@yji/contracts';
import { startEventConsumer, type EventConsumerOptions, type NatsConnection } from '@yji/messaging';
import type { FieldworkDb } from '../db.ts';

export function startQaSettingsConsumer(db: FieldworkDb, nc: NatsConnection, options: EventConsumerOptions) {
  return startEventConsumer(
    db,
    nc,
    qaSettingsSet,
    options,
    async ({ inspectionId, policy, alertEscalation }, tx) => {
      await tx.$executeRawUnsafe(
        `INSERT INTO "QaSettings" ("inspectionId", policy, "alertEscalation", "setAt") VALUES ($1::uuid, $2::jsonb, $3::jsonb, now())
         ON CONFLICT ("inspectionId") DO UPDATE SET policy = EXCLUDED.policy,
           "alertEscalation" = EXCLUDED."alertEscalation", "setAt" = EXCLUDED."setAt"`,
        inspectionId,
        JSON.stringify(policy),
        alertEscalation === null ? null : JSON.stringify(alertEscalation),
      );
    },
  );
}
