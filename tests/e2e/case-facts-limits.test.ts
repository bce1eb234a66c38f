// What the long list takes reaches each case's task: a case manager, gender or ethnicity as long as the long
// list allows (LONG_LIST_CATEGORY_MAX) is carried by get-case-facts and create-sample-tasks, so confirming the
// sample is carried out (before, a 61–64 character gender made get-case-facts refuse its own reply, which the
// worker retried for ever, and the confirmation never finished). A cell the task would find empty (only
// no-break spaces) is refused at upload, naming the line and the column.
import { describe, expect, it } from 'vitest';
import { LONG_LIST_CATEGORY_MAX } from '@yji/domain';
import {
  callersOf,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  inspectionInFieldwork,
  longListCsv,
  startInspection,
  useSystem,
} from '../harness/index.ts';

/** `text` repeated to exactly `length` characters. */
const ofLength = (text: string, length: number) =>
  text.repeat(Math.ceil(length / text.length)).slice(0, length);

describe('case facts at the long list’s limits', () => {
  const system = useSystem();
  const { lead } = callersOf(system);

  it(
    'confirms a sample whose cases hold the longest case manager, gender and ethnicity the long list takes',
    { timeout: 240_000 },
    async () => {
      const longest = {
        caseManager: ofLength('Case manager team north ', LONG_LIST_CATEGORY_MAX),
        gender: ofLength('Prefers to self-describe ', LONG_LIST_CATEGORY_MAX),
        ethnicity: ofLength('Any other mixed or multiple ethnic background ', LONG_LIST_CATEGORY_MAX),
      };
      const { cases } = await inspectionInFieldwork(system, lead, {
        team: [{ userId: 'inspector-1', role: 'inspector' }],
        sampleSize: 2,
        mapRow: (row) => {
          const fields = row.split(',');
          fields[3] = longest.caseManager;
          fields[4] = longest.gender;
          fields[5] = longest.ethnicity;
          return fields.join(',');
        },
      });
      expect(cases).toHaveLength(2);
      const tasks = await system.fieldworkDb.caseTask.findMany({
        where: { id: { in: cases.map(({ taskId }) => taskId) } },
      });
      for (const task of tasks) expect(task.facts).toMatchObject(longest);
    },
  );

  it('refuses at upload a case manager, gender or ethnicity of nothing but spaces, naming the line and column', async () => {
    const id = await startInspection(lead, inspectionBody());
    const [header, first, second, ...rest] = longListCsv(FIELDWORK_START_AHEAD, 10).trim().split('\n');
    const blank = (row: string, column: number) => {
      const fields = row.split(',');
      fields[column] = '\u00a0\u00a0';
      return fields.join(',');
    };
    const uploaded = await lead(
      'POST',
      `/api/inspections/${id}/long-list`,
      `${[header, blank(first!, 3), blank(second!, 4), ...rest].join('\n')}\n`,
    );
    expect([uploaded.status, uploaded.body.error.code]).toEqual([422, 'long-list-invalid']);
    expect(uploaded.body.error.details).toEqual([
      { line: 2, reason: 'case_manager is empty' },
      { line: 3, reason: 'gender is empty' },
    ]);
  });
});
