// The retention purge in the ratings service (issue 11; docs/retention.md): the panel's rationales the report
// did not publish lose their text. The report shows a rationale only where the panel moved a rating, and only
// from the set it published; every other rationale — a confirmation's, those of a set superseded before
// publication or approved after it, a decision's changed since — was never public, and is free text a panel
// member wrote with the children's cases in mind. They go from the decisions, from the approved sets, and from
// the sets' copies in the outbox (the ratings.approved events the publication service was sent). The
// decisions, the final ratings, who decided and when, and the pseudonymous case judgements stay. FinalRating
// is append-only: it takes the redaction its trigger allows.
import { PURGE_WITHIN_MS, purgePanelRationales, ratingsApproved } from '@yji/contracts';
import { lockOutWriters, purgeOnce } from '@yji/db';
import { movedByPanel } from '@yji/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import { latestSet } from '../panel/latest-set.ts';
import { takePanelTurn } from '../panel/panel-turn.ts';
import { ratingsCommand } from './ratings-command.ts';

export const purgePanelRationalesHandler = ratingsCommand(
  purgePanelRationales,
  (db, { inspectionId, publishedSetId }) =>
    db.$transaction(
      async (tx) => {
        // Writers that keep no panel turn (an Idempotency-Key stored as a decision comes in) hold the
        // inspection's retention lock: one under way lands first, and its key is purged with the rest.
        await lockOutWriters(tx, inspectionId);
        return purgeOnce(tx, inspectionId, async (_, purgedAt) => {
          // A decision or an approval under way lands first, and is purged with the rest; one after waits,
          // then finds the purge and is refused (panel-turn.ts).
          await takePanelTurn(tx, inspectionId);
          // The set the report published, as the publication service named it; not named (an operator's
          // command), the newest, which the report shows unless a correction was approved as it was published.
          const named =
            publishedSetId === undefined
              ? await latestSet(tx, inspectionId)
              : publishedSetId === null
                ? null
                : await tx.finalRatingSet.findUnique({
                    where: { id: publishedSetId },
                    include: { standards: true },
                  });
          const published = named?.inspectionId === inspectionId ? named : null;
          const publicRationales = (published?.standards ?? []).filter(
            (rating) => rating.rationale !== null && movedByPanel(rating),
          );
          const finalRatings = await tx.finalRating.updateMany({
            where: {
              set: { inspectionId },
              rationale: { not: null },
              purgedAt: null,
              ...(published
                ? {
                    NOT: {
                      setId: published.id,
                      standardId: { in: publicRationales.map((r) => r.standardId) },
                    },
                  }
                : {}),
            },
            data: { rationale: null, purgedAt },
          });
          // A decision's rationale is public when it is the one the report published for its standard.
          const decisions = await tx.panelDecision.findMany({
            where: { inspectionId, rationale: { not: null }, purgedAt: null },
          });
          const unpublished = decisions.filter(
            (decision) =>
              !publicRationales.some(
                ({ standardId, rationale }) =>
                  standardId === decision.standardId && rationale === decision.rationale,
              ),
          );
          const panelDecisions = await tx.panelDecision.updateMany({
            where: { inspectionId, standardId: { in: unpublished.map(({ standardId }) => standardId) } },
            data: { rationale: null, purgedAt },
          });
          // The sets as the outbox relay sent them to the publication service, kept until swept: the same
          // rationales go from their payloads.
          const sent = await tx.outboxMessage.findMany({
            where: {
              subject: ratingsApproved.subject,
              payload: { path: ['inspectionId'], equals: inspectionId },
            },
          });
          let outbox = 0;
          for (const message of sent) {
            const payload = message.payload as Prisma.JsonObject & {
              setId?: string;
              standards?: Prisma.JsonObject[];
            };
            if (!Array.isArray(payload.standards)) continue;
            const standards = payload.standards.map((standard) =>
              typeof standard.rationale !== 'string' ||
              (payload.setId === published?.id &&
                publicRationales.some(({ standardId }) => standardId === standard.id))
                ? standard
                : { ...standard, rationale: null },
            );
            if (standards.every((standard, index) => standard === payload.standards![index])) continue;
            await tx.outboxMessage.update({
              where: { id: message.id },
              data: { payload: { ...payload, standards } },
            });
            outbox += 1;
          }
          // A decision's key keeps a hash of its request, its rationale among it (service-kit request-key.ts).
          const requestKeys = await tx.requestKey.deleteMany({ where: { inspectionId } });
          return {
            PanelDecision: panelDecisions.count,
            FinalRating: finalRatings.count,
            OutboxMessage: outbox,
            RequestKey: requestKeys.count,
          };
        });
      },
      { timeout: PURGE_WITHIN_MS },
    ),
);
