// Sends the report's latest version for the factual accuracy check, for the publication workflow, which has
// checked the phase and the role. The version must be the latest saved (a save since answers stale-version);
// the check is stored once, with the event for the YJS contact in the same transaction. Sending the same
// version again (the activity retried) answers as before.
import { factualCheckOpened, openFactualCheck, problem } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import { CommandRejected } from '@yji/messaging';
import { auditReport } from '../audit/audit-report.ts';
import { lockReport } from '../report/lock-report.ts';
import { publicationCommand } from './publication-command.ts';

export const openFactualCheckHandler = publicationCommand(openFactualCheck, async (db, command) => {
  const { inspectionId, actor, draftVersion, deadline } = command;
  const existing = await db.factualCheck.findUnique({ where: { inspectionId } });
  if (existing?.draftVersion === draftVersion)
    return { draftVersion, deadline: existing.deadline.toISOString() };
  if (existing)
    throw new CommandRejected(problem('not-allowed-now', { reason: 'the draft was sent already' }));
  await db.$transaction(async (tx) => {
    // Locked (lockReport): no save makes a later version while the check opens on this one.
    const report = await lockReport(tx, inspectionId);
    if (!report) throw new CommandRejected(problem('not-found', { what: 'report' }));
    if (report.publishedAt)
      throw new CommandRejected(problem('not-allowed-now', { reason: 'the report is published' }));
    const latest = await tx.reportDraft.findFirst({ where: { inspectionId }, orderBy: { version: 'desc' } });
    if (latest?.version !== draftVersion)
      throw new CommandRejected(problem('stale-version', { current: latest?.version ?? 0 }));
    await tx.factualCheck.create({
      data: {
        inspectionId,
        draftVersion,
        ratingsSetId: report.ratingsSetId,
        sentBy: actor.userId,
        deadline: new Date(deadline),
      },
    });
    await appendToOutbox(tx, factualCheckOpened.subject, { inspectionId, draftVersion, deadline });
    await auditReport(tx, actor, inspectionId, 'factual-check.opened', { draftVersion, deadline });
  });
  return { draftVersion, deadline: new Date(deadline).toISOString() };
});
