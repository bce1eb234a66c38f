// Confirms the sample: every selected case gets its fieldwork task id and question bank.
import { randomUUID } from 'node:crypto';
import { confirmSample, problem } from '@yji/contracts';
import { frameworkForCase, reminderLeadMs, sampleConfirmable } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { frameworkSelectionOf, scheduleOf } from '../store/inspection-record.ts';
import { auditDecision, requireInspection, requireSample, inspectionCommand } from './decision-support.ts';

export const confirmSampleHandler = inspectionCommand(confirmSample, (db, { inspectionId, actor }) =>
  db.$transaction(async (tx) => {
    const inspection = await requireInspection(tx, inspectionId);
    const sample = await requireSample(tx, inspectionId);
    if (!sample.confirmedAt) {
      if (!sampleConfirmable(sample.result.selected.length))
        throw new CommandRejected(problem('empty-sample'));
      const selection = frameworkSelectionOf(inspection);
      await tx.sampledCase.createMany({
        data: sample.result.selected.map((entry) => ({
          inspectionId,
          caseRef: entry.caseId,
          taskId: randomUUID(),
          frameworkId: frameworkForCase(selection, entry.stratum),
        })),
      });
      await tx.sample.update({ where: { inspectionId }, data: { confirmedAt: new Date() } });
      await auditDecision(tx, actor, inspectionId, 'sample.confirmed', inspectionId, {
        details: { cases: sample.result.selected.length },
      });
    }
    const cases = await tx.sampledCase.findMany({
      where: { inspectionId, withdrawnAt: null },
      orderBy: { caseRef: 'asc' },
    });
    return {
      cases: cases.map(({ caseRef, taskId, frameworkId }) => ({ caseRef, taskId, frameworkId })),
      reminderLeadMs: reminderLeadMs(scheduleOf(inspection)),
    };
  }),
);
