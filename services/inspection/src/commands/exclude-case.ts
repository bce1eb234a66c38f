// Excludes a case with the lead inspector's reason and takes its replacement from the same stratum's
// reserve; after confirmation the replacement gets a fieldwork task of its own.
import { randomUUID } from 'node:crypto';
import { caseExcluded, problem, excludeCase } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import { frameworkForCase, replaceExcludedCase } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { sampleCounts, sampleJson } from '../store/sample-store.ts';
import { frameworkSelectionOf } from '../store/inspection-record.ts';
import { auditDecision, requireInspection, requireSample, inspectionCommand } from './decision-support.ts';

export const excludeCaseHandler = inspectionCommand(excludeCase, (db, command) =>
  db.$transaction(async (tx) => {
    const { inspectionId, actor, caseRef, reason } = command;
    const inspection = await requireInspection(tx, inspectionId);
    const sample = await requireSample(tx, inspectionId);
    const selection = frameworkSelectionOf(inspection);
    const done = sample.result.excluded.find((entry) => entry.caseId === caseRef);
    // A retried exclusion finds its replacement still selected: decisions are taken one at a time, so none
    // excluded the replacement in between. Once it has been, the case's exclusion is long done, and asking
    // again is a new decision about a case no longer in the sample.
    const replacement = done && sample.result.selected.find((entry) => entry.caseId === done.replacedBy);
    if (done && !replacement)
      throw new CommandRejected(problem('not-in-sample', { reason: 'the case is excluded already' }));
    if (replacement) {
      const task = await tx.sampledCase.findUnique({
        where: { inspectionId_caseRef: { inspectionId, caseRef: replacement.caseId } },
      });
      return {
        counts: sampleCounts(sample.seed, sample.result),
        replacement: {
          caseRef: replacement.caseId,
          frameworkId: frameworkForCase(selection, replacement.stratum),
          taskId: task?.taskId ?? null,
        },
      };
    }
    const outcome = replaceExcludedCase(sample.result, { caseId: caseRef, reason });
    if (!outcome.ok)
      throw new CommandRejected(problem(outcome.error.code, { reason: outcome.error.message }));
    await tx.sample.update({ where: { inspectionId }, data: { result: sampleJson(outcome.sample) } });
    const frameworkId = frameworkForCase(selection, outcome.replacement.stratum);
    let taskId: string | null = null;
    if (sample.confirmedAt) {
      await tx.sampledCase.update({
        where: { inspectionId_caseRef: { inspectionId, caseRef } },
        data: { withdrawnAt: new Date() },
      });
      taskId = randomUUID();
      await tx.sampledCase.create({
        data: { inspectionId, caseRef: outcome.replacement.caseId, taskId, frameworkId },
      });
    }
    await auditDecision(tx, actor, inspectionId, 'case.excluded', caseRef, {
      reason,
      details: { replacedBy: outcome.replacement.caseId },
    });
    await appendToOutbox(tx, caseExcluded.subject, {
      inspectionId,
      caseRef,
      replacedBy: outcome.replacement.caseId,
    });
    return {
      counts: sampleCounts(sample.seed, outcome.sample),
      replacement: { caseRef: outcome.replacement.caseId, frameworkId, taskId },
    };
  }),
);
