// Draws (or redraws, with a new seed) the sample from the current long list, with the domain's rules.
import { problem, drawSample } from '@yji/contracts';
import { drawOptionsFor, drawSample as drawDomainSample } from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import { activeLongList, longListCases } from '../store/long-list-store.ts';
import { loadSample, sampleCounts, sampleJson } from '../store/sample-store.ts';
import { sampleSettingsOf } from '../store/inspection-record.ts';
import { auditDecision, requireInspection, inspectionCommand } from './decision-support.ts';

export const drawSampleHandler = inspectionCommand(drawSample, (db, { inspectionId, actor, seed }) =>
  db.$transaction(async (tx) => {
    const inspection = await requireInspection(tx, inspectionId);
    const existing = await loadSample(tx, inspectionId);
    if (existing?.confirmedAt) throw new CommandRejected(problem('sample-confirmed'));
    if (existing?.seed === seed) return sampleCounts(seed, existing.result);
    const list = await activeLongList(tx, inspectionId);
    if (!list) throw new CommandRejected(problem('no-long-list'));
    const result = drawDomainSample(
      await longListCases(tx, list.id),
      drawOptionsFor(sampleSettingsOf(inspection), seed),
    );
    const data = { longListId: list.id, seed, result: sampleJson(result), drawnAt: new Date() };
    await tx.sample.upsert({ where: { inspectionId }, create: { inspectionId, ...data }, update: data });
    await auditDecision(tx, actor, inspectionId, 'sample.drawn', inspectionId, {
      details: { seed, selected: result.selected.length },
    });
    return sampleCounts(seed, result);
  }),
);
