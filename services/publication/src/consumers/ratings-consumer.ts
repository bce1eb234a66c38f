// Keeps every approved set of final ratings (the ratings service's yji.ratings.ratings.approved) and points
// the inspection's report at the newest set of the line of corrections, then starts the publication
// workflow. A redelivered event takes effect once (startIdempotentConsumer) and the start is idempotent
// (start-publication.ts); it runs inside the event's transaction, so an event whose start failed is
// delivered again. Sets may arrive out of order: the newest is the one no other set supersedes. A correction
// approved after publication is kept but never changes what was published; one delivered after the
// inspection's retention purge is skipped.
import { ratingsApproved, type FinalRatingsView } from '@yji/contracts';
import type { RawSql } from '@yji/db';
import {
  durableName,
  startEventConsumer,
  type EventConsumerOptions,
  type NatsConnection,
} from '@yji/messaging';
import { skippedAsPurged, systemActor, type ServiceConsumer } from '@yji/service-kit';
import { auditReport } from '../audit/audit-report.ts';
import type { PublicationDb } from '../db.ts';
import { startPublication, type PublicationClock } from '../workflow/start-publication.ts';

/** The ratings events' consumer acts for the system: the chair is audited where they approved. */
const EVENTS_ACTOR = systemActor('ratings-events');

async function recordApprovedSet(tx: RawSql, set: FinalRatingsView): Promise<void> {
  await tx.$executeRawUnsafe(
    `INSERT INTO "ApprovedRatingSet" ("setId", "inspectionId", supersedes, "approvedAt", ratings)
     VALUES ($1::uuid, $2::uuid, $3::uuid, $4::timestamptz, $5::jsonb) ON CONFLICT DO NOTHING`,
    set.setId,
    set.inspectionId,
    set.supersedes,
    set.approvedAt,
    JSON.stringify(set),
  );
  const newest = `(SELECT a."setId" FROM "ApprovedRatingSet" a
      WHERE a."inspectionId" = $1::uuid
        AND NOT EXISTS (SELECT 1 FROM "ApprovedRatingSet" b WHERE b.supersedes = a."setId")
      ORDER BY a."approvedAt" DESC LIMIT 1)`;
  const changed = await tx.$executeRawUnsafe(
    `INSERT INTO "Report" ("inspectionId", "ratingsSetId") VALUES ($1::uuid, ${newest})
     ON CONFLICT ("inspectionId") DO UPDATE SET "ratingsSetId" = EXCLUDED."ratingsSetId"
     WHERE "Report"."publishedAt" IS NULL AND "Report"."ratingsSetId" <> EXCLUDED."ratingsSetId"`,
    set.inspectionId,
  );
  await auditReport(tx, EVENTS_ACTOR, set.inspectionId, 'ratings.received', {
    setId: set.setId,
    supersedes: set.supersedes,
    shown: changed === 1,
  });
}

export const ratingsConsumerName = (databaseUrl: string) => durableName('publication-ratings', databaseUrl);

interface RatingsConsumerOptions extends EventConsumerOptions {
  clock: PublicationClock;
}

function startRatingsConsumer(db: PublicationDb, nc: NatsConnection, options: RatingsConsumerOptions) {
  return startEventConsumer(db, nc, ratingsApproved, options, async (set, tx) => {
    // Delivered after the retention purge (a replayed parked event): its rationales were never published,
    // and are not recorded again (docs/retention.md).
    const event = { subject: ratingsApproved.subject, entityType: 'ratings-set', entityId: set.setId };
    if (await skippedAsPurged(tx, set.inspectionId, event)) return;
    await recordApprovedSet(tx, set);
    await startPublication(options.clock, set.inspectionId);
  });
}

/** The consumer, starting each inspection's publication workflow through `clock`. */
export const ratingsConsumer = (clock: PublicationClock): ServiceConsumer<PublicationDb> => ({
  what: 'ratings event',
  durable: ratingsConsumerName,
  start: (db, nc, options) => startRatingsConsumer(db, nc, { ...options, clock }),
});
