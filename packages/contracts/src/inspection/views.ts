// What the inspection service answers: the shapes of its HTTP responses, for serialisation and OpenAPI.
import { z } from 'zod';
import { isoDate } from '../primitives.ts';
import { CaseRef, Role, UserId } from '../roles.ts';
import { InspectionPhase, InspectionProgress, InspectionWorkflowState } from '../workflows/inspection.ts';
import { CaseAssessmentState } from '../workflows/case-assessment.ts';
import { FrameworkVersions } from './http.ts';
import { Country } from '../fieldwork/assessment-vocabulary.ts';

/** An inspection as its team sees it: the settings as stored (null where an older record lacks one) and its lifecycle. */
export const InspectionView = z.object({
  id: z.uuid(),
  record: z.object({
    yjs: z.object({ name: z.string(), code: z.string(), country: Country.optional() }),
    fieldworkStart: isoDate,
    fieldworkEnd: isoDate.nullable(),
    frameworks: FrameworkVersions,
    sample: z.object({ size: z.int().nullable(), courtShare: z.number().nullable() }),
    deadlines: z.object({ assessmentsDue: isoDate.nullable(), reminderDaysBefore: z.int().nullable() }),
    leadInspectorId: UserId.nullable(),
    createdAt: z.iso.datetime(),
  }),
  workflow: InspectionWorkflowState,
});

export const TeamView = z.object({
  members: z.array(
    z.object({ userId: UserId, role: Role, capacity: z.int().nullable(), conflicts: z.array(CaseRef) }),
  ),
});

/**
 * The largest long list taken (its CSV), by the service and by the web app's upload alike: about 200,000 rows
 * of the specified columns, beyond any YJS's caseload.
 */
export const LONG_LIST_LIMIT_BYTES = 16 * 1024 * 1024;

export const LongListAccepted = z.object({ longListId: z.uuid(), rows: z.int(), phase: InspectionPhase });

// Case references here are as the long list holds them (the domain's long-list rule), so plain strings.
const ListedCaseRef = z.string();

/** The drawn sample with the reason for every pick, the reserve, what was left out and what was excluded. */
export const SampleView = z.object({
  seed: z.string(),
  confirmed: z.boolean(),
  selected: z.array(
    z.object({ caseRef: ListedCaseRef, stratum: z.string(), side: z.string(), reason: z.string() }),
  ),
  reserve: z.array(z.object({ caseRef: ListedCaseRef, stratum: z.string() })),
  ineligible: z.array(z.object({ caseRef: ListedCaseRef, reason: z.string() })),
  excluded: z.array(
    z.object({ caseRef: ListedCaseRef, stratum: z.string(), reason: z.string(), replacedBy: ListedCaseRef }),
  ),
  summary: z.object({
    court: z.int(),
    oocd: z.int(),
    custody: z.int(),
    byDisposalType: z.record(z.string(), z.int()),
    byCaseManager: z.record(z.string(), z.int()),
  }),
  warnings: z.array(z.string()),
  /** When the case managers and exclusion reasons were removed under the retention policy; else null. */
  purgedAt: z.iso.datetime().nullable(),
});

export const SampleConfirmed = InspectionWorkflowState.pick({ phase: true, sample: true });

/** The inspections the caller is on the team of, newest first, with their phase and the caller's team roles. */
export const InspectionList = z.object({
  inspections: z.array(
    z.object({
      id: z.uuid(),
      yjs: z.object({ name: z.string(), code: z.string() }),
      fieldworkStart: isoDate,
      fieldworkEnd: isoDate.nullable(),
      phase: InspectionPhase,
      roles: z.array(Role),
    }),
  ),
});

export const InspectionListQuery = z.strictObject({ phase: InspectionPhase.optional() });

/**
 * A case in the lead's progress (GET …/progress, the inspection service's read model): its state, assessor,
 * due date and overdue mark. Not the workflow's `lastRefusal`: the read model is kept from the fieldwork
 * service's task snapshots, and a case that refuses a signal leaves its task as it was, so the model could
 * only ever say "no refusal". The lead hears of a refusal from the answer to the request refused (409).
 */
export const CaseProgressView = CaseAssessmentState.omit({ lastRefusal: true });
export type CaseProgressView = z.infer<typeof CaseProgressView>;

/** The lead's progress: every case in the sample, with the totals. */
export const ProgressView = InspectionProgress.extend({ cases: z.array(CaseProgressView) });
export type ProgressView = z.infer<typeof ProgressView>;
