// The assessment contracts against the domain's rules: what a contract parses is what the domain's functions
// take (the closed lists are the domain's own, imported).
import {
  DISPOSAL_TYPES,
  LONG_LIST_CATEGORY_MAX,
  alertProblems,
  checkQualitativeEvidence,
  interviewProblems,
  longListRowSchema,
  toLongListCase,
} from '@yji/domain';
import type { AlertReport, InterviewFacts, QualitativeEvidence } from '@yji/domain';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { RaiseAlertBody } from './alerts.ts';
import { CaseFacts, createTask } from './commands.ts';
import { AnswerValue, SaveDraftBody } from './http.ts';
import { CaseManagerInterviewBody } from './interview.ts';
import { QualitativeEvidenceBody } from '../ratings/qualitative-evidence.ts';
import { CreateInspectionBody } from '../inspection/http.ts';

const FACTS = {
  disposalType: 'youth_caution',
  disposalStart: '2026-10-01',
  caseManager: 'CM01',
  gender: 'Female',
  ethnicity: 'White',
  safetyWellbeing: 'low',
  riskOfSeriousHarm: 'not_recorded',
};

describe('the assessment contracts and the domain’s rules', () => {
  it('parses what the domain’s functions take', () => {
    expectTypeOf<z.output<typeof RaiseAlertBody>>().toExtend<AlertReport>();
    expectTypeOf<
      Omit<z.output<typeof CaseManagerInterviewBody>, 'date' | 'notes'>
    >().toExtend<InterviewFacts>();
    expectTypeOf<z.output<typeof QualitativeEvidenceBody>>().toExtend<QualitativeEvidence>();
    const alert = RaiseAlertBody.parse({
      concerns: ['harm-from-others'],
      atRisk: ['this-child'],
      urgency: 'urgent',
      seen: 'Seen.',
      done: 'Done.',
      forwardedBy: 'yji',
    });
    expect(alertProblems(alert)).toEqual([]);
    const {
      date: _date,
      notes: _notes,
      ...interview
    } = CaseManagerInterviewBody.parse({
      tookPlace: true,
      role: 'case_manager',
      caseManagerSeenBefore: false,
      date: '2026-12-08',
    });
    expect(interviewProblems(interview, 'england')).toEqual([]);
    const evidence = QualitativeEvidenceBody.parse({
      framework: 'standards-2020',
      standard: '3.4',
      items: [{ prompt: '3.4.1a', finding: 'Seen.', sources: [{ kind: 'case-file', caseRefs: ['C1'] }] }],
    });
    expect(checkQualitativeEvidence(evidence).errors).toEqual([]);
  });
});

describe('CaseFacts and the task', () => {
  it('closes the disposal type to the known ones, naming them, and takes a classification not recorded', () => {
    expect(CaseFacts.parse(FACTS).riskOfSeriousHarm).toBe('not_recorded');
    const result = CaseFacts.safeParse({ ...FACTS, disposalType: 'YCC' });
    expect(result.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
      ['disposalType', `must be one of: ${DISPOSAL_TYPES.join(', ')}`],
    ]);
  });

  it('takes every case manager, gender and ethnicity the long list takes, up to its one limit', () => {
    for (const text of ['x'.repeat(LONG_LIST_CATEGORY_MAX), '\u00a0a\u00a0', 'Not recorded']) {
      const row = longListRowSchema.parse({
        case_id: 'C1',
        disposal_type: 'youth_caution',
        disposal_start: '2026-10-01',
        case_manager: text,
        gender: text,
        ethnicity: text,
        safety_wellbeing: 'not_recorded',
        risk_of_serious_harm: 'low',
      });
      const { caseId: _caseId, ...facts } = toLongListCase(row);
      expect(CaseFacts.safeParse(facts).success).toBe(true);
    }
  });

  it("carries the inspection's country and 2016 programme to the task", () => {
    const request = createTask.request.parse({
      taskId: '0b0d5f0e-7a0c-4b5e-9d7e-2d9d1f3e1a11',
      inspectionId: '1b0d5f0e-7a0c-4b5e-9d7e-2d9d1f3e1a11',
      caseRef: 'C0001',
      frameworkId: 'fji-sqs-2016',
      facts: { ...FACTS, disposalType: 'referral_order' },
      inspection: { country: 'wales', programme: { name: 'fji', modules: ['courts'] } },
    });
    expect(request.inspection?.programme?.modules).toEqual(['courts']);
  });
});

describe('answers, inspections', () => {
  it('takes a grid answer (002 2.1.2) in a draft, within limits', () => {
    expect(AnswerValue.safeParse({ ete: 'sufficient', health: 'not_applicable' }).success).toBe(true);
    const rows = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`r${index}`, 'yes']));
    expect(AnswerValue.safeParse(rows).success).toBe(false);
    expect(SaveDraftBody.safeParse({ version: 0, answers: { '2.1.2': { ete: 'sufficient' } } }).success).toBe(
      true,
    );
  });

  it('takes a YJS in Wales and a 2016 programme', () => {
    const body = CreateInspectionBody.parse({
      yjs: { name: 'Afon YJS', code: 'AFN', country: 'wales' },
      fieldworkStart: '2026-12-07',
      fieldworkEnd: '2026-12-18',
      frameworks: {
        courtDisposals: 'fji-sqs-2016',
        outOfCourt: 'none',
        standards: 'none',
        programme: { name: 'sqs' },
      },
      sample: { size: 10, courtShare: 1 },
      deadlines: { assessmentsDue: '2026-12-16' },
    });
    expect([body.yjs.country, body.frameworks.programme?.name]).toEqual(['wales', 'sqs']);
  });
});
