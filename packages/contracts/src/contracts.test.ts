import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CreateInspectionBody, defineCommand, defineEvent, eventSubjects } from './index.ts';

describe('subjects', () => {
  it('commands are yji.<service>.cmd.<command>, events yji.<service>.<entity>.<event>', () => {
    expect(() =>
      defineCommand({ subject: 'yji.inspection.cmd.do-it', request: z.object({}), reply: z.object({}) }),
    ).not.toThrow();
    expect(() =>
      defineCommand({ subject: 'yji.inspection.do-it', request: z.object({}), reply: z.object({}) }),
    ).toThrow();
    expect(() =>
      defineEvent({ subject: 'yji.inspection.sample.confirmed', payload: z.object({}) }),
    ).not.toThrow();
    expect(() => defineEvent({ subject: 'yji.inspection.cmd.confirmed', payload: z.object({}) })).toThrow();
  });

  it('the event stream captures every event and never a command subject', () => {
    expect(eventSubjects.length).toBeGreaterThan(0);
    expect(new Set(eventSubjects).size).toBe(eventSubjects.length);
    for (const subject of eventSubjects) expect(subject.split('.')[2]).not.toBe('cmd');
  });
});

describe('CreateInspectionBody', () => {
  const body = {
    yjs: { name: 'Westmoor YJS', code: 'WMR' },
    fieldworkStart: '2026-12-07',
    fieldworkEnd: '2026-12-18',
    frameworks: { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-v3.6', standards: 'standards-2020' },
    sample: { size: 10 },
    deadlines: { assessmentsDue: '2026-12-16' },
  };

  it('fills the per-inspection defaults from the domain; the court share is left to the frameworks', () => {
    const parsed = CreateInspectionBody.parse(body);
    expect(parsed).toMatchObject({ sample: { size: 10 }, deadlines: { reminderDaysBefore: 3 } });
    expect(parsed.sample.courtShare).toBeUndefined();
  });

  it('names the field when fieldwork would end before it starts', () => {
    const result = CreateInspectionBody.safeParse({ ...body, fieldworkEnd: '2026-12-01' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['fieldworkEnd']);
  });

  it('names the field when case assessments would be due before fieldwork starts', () => {
    const early = { ...body, deadlines: { assessmentsDue: '2026-12-06' } };
    const result = CreateInspectionBody.safeParse(early);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['deadlines.assessmentsDue']);
    const onTheFirstDay = { ...body, deadlines: { assessmentsDue: body.fieldworkStart } };
    expect(CreateInspectionBody.safeParse(onTheFirstDay).success).toBe(true);
  });
});
