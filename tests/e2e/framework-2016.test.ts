// The 2016 FJI/SQS framework end to end: pinned when the inspection is created (with its programme and, for
// a YJS in Wales, its country), sampled from a court-only long list, and assessed in fieldwork, where the
// inspection's country (from the inspection.created event) asks the Welsh-language questions and the
// structured interview opens View 5.
import { describe, expect, it } from 'vitest';
import {
  callersOf,
  carriedOut,
  eventually,
  FIELDWORK_START_AHEAD,
  FJI_2016_FRAMEWORKS,
  inspectionBody,
  isCourtRow,
  longListCsv,
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
      const base = inspectionBody(FIELDWORK_START_AHEAD, 2);
      // Without an out-of-court framework every case is a court case: a court share below 1 is refused.
      const someOutOfCourt = await lead('POST', '/api/inspections', {
        ...base,
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
      const created = await lead('POST', '/api/inspections', {
        ...base,
        yjs: { ...base.yjs, country: 'wales' },
        frameworks: FJI_2016_FRAMEWORKS,
        sample: { size: 2, courtShare: 1 },
      });
      expect([201, 202], JSON.stringify(created.body)).toContain(created.status);
      const id = created.body.id as string;
      const at = (path: string) => `/api/inspections/${id}${path}`;
      const read = await eventually('the inspection stored', async () => {
        const answer = await lead('GET', at(''));
        return answer.status === 200 ? answer.body : undefined;
      });
      expect(read.record).toMatchObject({
        yjs: { country: 'wales' },
        frameworks: { courtDisposals: 'fji-sqs-2016', programme: { name: 'fji', modules: ['courts'] } },
      });

      // A decision slower than DECISION_WAIT_MS answers 202; its Location answers 200 once it is carried out.
      const ok = async (method: string, path: string, body?: unknown) => {
        const answer = await carriedOut(lead, await lead(method, path, body));
        expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBe(200);
        return answer.body;
      };
      await ok('PUT', at('/team'), { members: [{ userId: 'inspector-1', role: 'inspector' }] });
      const [header, ...rows] = longListCsv(FIELDWORK_START_AHEAD, 40).trim().split('\n');
      await ok('POST', at('/long-list'), `${[header, ...rows.filter(isCourtRow)].join('\n')}\n`);
      await ok('POST', at('/sample'), { seed: '2016' });
      await ok('POST', at('/sample/confirm'));
      await eventually('every case task', async () =>
        (await lead('GET', at('/progress'))).body.totals?.cases === 2 ? true : undefined,
      );
      await ok('POST', at('/assignments'), { mode: 'auto' });

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
