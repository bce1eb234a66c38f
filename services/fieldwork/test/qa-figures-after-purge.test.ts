// The QA figures after the retention purge (docs/retention.md), against real PostgreSQL and NATS: they are
// made from the assessors' answers, which the purge removed, so the lead's agreement and live ratings and
// the panel pack's QA figures are refused inspection-purged, as every other use of the purged case data is,
// rather than failing on emptied answers. And the case's own page still opens, its interview emptied.
import { describe, expect, it } from 'vitest';
import { getQaFigures, purgeFieldworkCases } from '@yji/contracts';
import { CommandError, sendCommand } from '@yji/messaging';
import { useFieldworkUnderTest } from './fieldwork-under-test.ts';
import { EVERY_CASE_BLIND, qaUnderTest } from './qa-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { reviewer: qa1, lead } = SERVICE_CALLERS;

describe('the QA figures once the inspection’s case data is purged', () => {
  const fieldwork = useFieldworkUnderTest();

  it('answers the lead’s agreement and live ratings, and the panel’s QA figures, inspection-purged', async () => {
    const { inspection, submitted } = qaUnderTest(fieldwork());
    const inspectionId = await inspection(EVERY_CASE_BLIND);
    const { taskId } = await submitted(inspectionId);
    const review = `/api/fieldwork/reviews/${taskId}`;
    await fieldwork().call(qa1, 'POST', `${review}/claim`, { version: 0 });
    const { keyQuestions } = (await fieldwork().call(qa1, 'GET', review)).body as {
      keyQuestions: { id: string }[];
    };
    const judgements = Object.fromEntries(keyQuestions.map(({ id }) => [id, true]));
    expect(
      (await fieldwork().call(qa1, 'PUT', `${review}/blind-judgements`, { version: 1, judgements })).status,
    ).toBe(200);
    expect((await fieldwork().call(qa1, 'POST', `${review}/approve`, { version: 1 })).status).toBe(200);
    const figures = ['agreement', 'live-ratings'].map(
      (path) => `/api/fieldwork/inspections/${inspectionId}/${path}`,
    );
    for (const path of figures) expect((await fieldwork().call(lead, 'GET', path)).status).toBe(200);

    const { purgedAt } = await sendCommand(fieldwork().nc, purgeFieldworkCases, { inspectionId });
    for (const path of figures) {
      const refused = await fieldwork().call(lead, 'GET', path);
      expect([refused.status, refused.body?.error?.code], path).toEqual([409, 'inspection-purged']);
      expect(refused.body?.error?.message).toContain(purgedAt);
    }
    const panel = await sendCommand(fieldwork().nc, getQaFigures, { inspectionId }).catch(
      (error: unknown) => error,
    );
    expect(panel).toBeInstanceOf(CommandError);
    expect((panel as CommandError).code).toBe('inspection-purged');
  });

  it('empties the interview, whom it was with too, and still shows the case', async () => {
    const { inspection } = qaUnderTest(fieldwork());
    const inspectionId = await inspection(EVERY_CASE_BLIND);
    const assessor = { userId: 'inspector-1', roles: ['inspector'] } as const;
    const { taskId } = await fieldwork().assignedTask(assessor.userId, { inspectionId });
    const task = `/api/fieldwork/tasks/${taskId}`;
    // The role's letters can spell a name.
    const interview = { date: '2026-12-08', withWhom: 'Tom Brown mother', notes: 'Spoke about school' };
    expect((await fieldwork().call(assessor, 'PUT', `${task}/interview`, interview)).status).toBe(200);

    await sendCommand(fieldwork().nc, purgeFieldworkCases, { inspectionId });
    const read = await fieldwork().call(assessor, 'GET', task);
    expect(read.status).toBe(200);
    expect(read.body?.interview).toMatchObject({ withWhom: '', notes: '' });
    expect(read.text).not.toContain('Tom Brown');
  });
});
