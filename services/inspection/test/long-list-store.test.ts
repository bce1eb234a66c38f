// Staging a long list from its batches' array literals against real PostgreSQL: every value the domain
// accepts — quotes, backslashes, braces, commas, the word NULL, letters beyond ASCII — is stored as read,
// over more than one batch.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseLongList, type LongListCase } from '@yji/domain';
import { createDb, type InspectionDb } from '../src/db.ts';
import { discardStagedLongList, longListCases, stageLongList } from '../src/store/long-list-store.ts';
import { STAGE_BATCH_ROWS, stagingBatchesOf } from '../src/store/long-list-staging-batches.ts';

const HEADER =
  'case_id,disposal_type,disposal_start,case_manager,gender,ethnicity,safety_wellbeing,risk_of_serious_harm';
const AWKWARD = ['"Zoë ""Z"" O\'Neil"', 'back\\slash', '"{braces}, commas"', 'NULL', 'null', ' spaced out '];

const csvRow = (index: number) => {
  const awkward = (offset: number) => AWKWARD[(index + offset) % AWKWARD.length];
  return [
    `S${String(index).padStart(6, '0')}`,
    'youth_caution',
    '2025-04-11',
    awkward(0),
    awkward(1),
    awkward(2),
    'not_recorded',
    'very_high',
  ].join(',');
};

describe('staging a long list', () => {
  let db: InspectionDb;
  beforeAll(() => {
    db = createDb(inject('databaseUrl'));
  });
  afterAll(() => db.$disconnect());

  it('stores every value as read, over more than one batch', async () => {
    const rows = STAGE_BATCH_ROWS + 3;
    const parsed = parseLongList([HEADER, ...Array.from({ length: rows }, (_, i) => csvRow(i))].join('\n'));
    if (!parsed.ok) throw new Error(`the test list is valid: ${JSON.stringify(parsed.errors[0])}`);
    const batches = stagingBatchesOf(parsed.cases);
    expect(batches).toHaveLength(2);

    const id = await stageLongList(db, randomUUID(), 'lead-1', { rows, batches });
    try {
      const byRef = (a: LongListCase, b: LongListCase) => a.caseId.localeCompare(b.caseId);
      expect(await longListCases(db, id)).toEqual([...parsed.cases].sort(byRef));
      expect(new Set(parsed.cases.map((entry) => entry.caseManager))).toEqual(
        new Set(['Zoë "Z" O\'Neil', 'back\\slash', '{braces}, commas', 'NULL', 'null', 'spaced out']),
      );
    } finally {
      await discardStagedLongList(db, id);
    }
  });
});
