import { describe, expect, it } from 'vitest';
import { datesBeforeFieldwork } from './date-order.ts';

const inOrder = { fieldworkStart: '2026-12-07', fieldworkEnd: '2026-12-18', assessmentsDue: '2026-12-16' };

describe("an inspection's dates", () => {
  it('are in order when the fieldwork ends, and assessments are due, on or after the day it starts', () => {
    expect(datesBeforeFieldwork(inOrder)).toEqual([]);
    const oneDay = { fieldworkStart: '2026-12-07', fieldworkEnd: '2026-12-07', assessmentsDue: '2026-12-07' };
    expect(datesBeforeFieldwork(oneDay)).toEqual([]);
    // Due after the fieldwork ends: time to write up.
    expect(datesBeforeFieldwork({ ...inOrder, assessmentsDue: '2026-12-22' })).toEqual([]);
  });

  it('names each date that comes before the fieldwork starts', () => {
    expect(datesBeforeFieldwork({ ...inOrder, fieldworkEnd: '2026-12-01' })).toEqual(['fieldworkEnd']);
    expect(datesBeforeFieldwork({ ...inOrder, assessmentsDue: '2026-12-06' })).toEqual(['assessmentsDue']);
    expect(
      datesBeforeFieldwork({ ...inOrder, fieldworkEnd: '2026-11-30', assessmentsDue: '2026-11-30' }),
    ).toEqual(['fieldworkEnd', 'assessmentsDue']);
  });
});
