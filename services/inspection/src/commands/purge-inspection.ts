// The retention purge of an inspection's case-level personal data in the inspection service (issue 11;
// docs/retention.md): the long lists' cases go, the sample keeps its method but loses the case managers and
// the exclusion reasons, and the audit entries of exclusions lose the reason they carried. The inspection,
// its team, the sampled cases' pseudonymous references and every audit entry otherwise stay. A lead's
// decision or a long list being stored meanwhile commits first and is purged, or waits and is refused: they
// check under the inspection's retention lock, which the purge holds (@yji/db retention-lock.ts).
import { PURGE_WITHIN_MS, purgeInspectionCases } from '@yji/contracts';
import { lockOutWriters, purgeOnce } from '@yji/db';
import { purgedSample } from '@yji/domain';
import { loadSample, sampleJson } from '../store/sample-store.ts';
import { inspectionCommand } from './decision-support.ts';

export const purgeInspectionCasesHandler = inspectionCommand(purgeInspectionCases, (db, { inspectionId }) =>
  db.$transaction(
    async (tx) => {
      await lockOutWriters(tx, inspectionId);
      return purgeOnce(tx, inspectionId, async () => {
        const lists = await tx.longList.findMany({ where: { inspectionId }, select: { id: true } });
        const longListCases = await tx.longListCase.deleteMany({
          where: { longListId: { in: lists.map(({ id }) => id) } },
        });
        const sample = await loadSample(tx, inspectionId);
        if (sample)
          await tx.sample.update({
            where: { inspectionId },
            data: { result: sampleJson(purgedSample(sample.result)) },
          });
        // A decision's key keeps a hash of its request, an exclusion's reason among it (service-kit request-key.ts).
        const requestKeys = await tx.requestKey.deleteMany({ where: { inspectionId } });
        const auditReasons = await tx.auditEntry.updateMany({
          where: { inspectionId, reason: { not: null } },
          data: { reason: null },
        });
        return {
          LongListCase: longListCases.count,
          Sample: sample ? 1 : 0,
          AuditEntry: auditReasons.count,
          RequestKey: requestKeys.count,
        };
      });
    },
    { timeout: PURGE_WITHIN_MS },
  ),
);
