// The 2016 FJI/SQS framework end to end: pinned when the inspection is created (with its programme and, for
// a YJS in Wales, its country), sampled from a court-only long list, and assessed in fieldwork, where the
// inspection's country (from the inspection.created event) asks the Welsh-language questions and the
// structured interview opens View 5.
import { describe, expect, it } from 'vitest';
import {
  callersOf,
  eventually,
  FIELDWORK_START_AHEAD,
  FJI_2016_FRAMEWORKS,
  inspectionBody,
  inspectionInFieldwork,
  isCourtRow,
  PEOPLE,
  useSystem,
  type Json,
} from '../harness/index.ts';

describe('a 2016 inspection', () => {
  const system = useSystem();
  const { lead, inspector } = callersOf(system);

  it(
    'is pinned at creation, sampled, and assessed with its country and interview',
    { timeout: 240_000 },
    async () => {
      // Without an out-of-court framework every case is a court case: a court share below 1 is refused.
      const someOutOfCourt = await lead('POST', '/api/inspections', {
        ...inspectionBody(FIELDWORK_START_AHEAD, 2),
        frameworks: FJI_2016_FRAMEWORKS,
        sample: { size: 2, courtShare: 0.6 },
      });
      expect(someOutOfCourt.status).toBe(400);
      expect(someOutOfCourt.body.error.details).toEqual([
        {
          field: 'body.sample.courtShare',
          message: 'must be 1: without an out-of-court framework every case is a court case',
        },
      ]);
      const { id, at } = await inspectionInFieldwork(system, lead, {
        team: [PEOPLE.inspector],
        sampleSize: 2,
        seed: '2016',
        adjust: (body) => ({
          ...body,
          yjs: { ...body.yjs, country: 'wales' },
          frameworks: FJI_2016_FRAMEWORKS,
          sample: { size: 2, courtShare: 1 },
        }),
        keepRow: isCourtRow,
      });
      const read = await lead('GET', at(''));
      expect(read.status).toBe(200);
      expect(read.body.record).toMatchObject({
        yjs: { country: 'wales' },
        frameworks: { courtDisposals: 'fji-sqs-2016', programme: { name: 'fji', modules: ['courts'] } },
      });

      const task = await eventually('a task for inspector-1', async () => {
        const listed = await inspector('GET', '/api/fieldwork/tasks?state=assigned');
        return (listed.body.tasks as Json[] | undefined)?.find((entry) => entry.inspectionId === id);
      });
      expect(task.frameworkId).toBe('fji-sqs-2016');
      const path = `/api/fieldwork/tasks/${task.taskId}`;
      const codes = async () => (await inspector('GET', path)).body.applicableQuestions as string[];
      // The country reaches the fieldwork service with the inspection.created event.
      await eventually('the Welsh-language questions', async () =>
        (await codes()).includes('9a') ? true : undefined,
      );
      expect(await codes()).not.toContain('5.1.1a');

      const interview = await inspector('PUT', `${path}/case-manager-interview`, {
        tookPlace: true,
        date: FIELDWORK_START_AHEAD,
        role: 'case_manager',
        caseManagerSeenBefore: false,
        language: 'english',
      });
      expect(interview.status, JSON.stringify(interview.body)).toBe(200);
      expect(await codes()).toContain('5.1.1a');
    },
  );
});
