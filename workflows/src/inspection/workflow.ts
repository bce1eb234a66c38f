// One InspectionWorkflow per inspection (workflow id = inspection id) walks the lifecycle: set-up →
// sampling → fieldwork → quality assurance → ready for the panel → ratings panel (a child workflow) → ratings
// approved (publication follows in a workflow of its own).
// The lead inspector's decisions arrive as Updates, validated against the phase when their turn comes; a
// refusal is recorded, so a decision whose request stopped waiting (202) can still say why.
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type {
  AssignCases,
  CaseAssessmentState,
  ConfirmedCase,
  ExcludeCase,
  InspectionWorkflowInput,
  InspectionWorkflowState,
} from '@yji/contracts';
import type { InspectionActivities } from './activities.ts';
import {
  assignCaseSignal,
  assignCasesUpdate,
  caseApprovalSignal,
  caseProgressSignal,
  confirmSampleUpdate,
  drawSampleUpdate,
  excludeCaseUpdate,
  inspectionPhaseKey,
  inspectionProgressQuery,
  inspectionRecordedUpdate,
  inspectionStateQuery,
  reassignCaseUpdate,
  useLongListUpdate,
  type InspectionRunOptions,
} from './definitions.ts';
import { caseCannotBe, wrongPhase } from '@yji/domain/phase-gates';
import { hasRatingRules } from '@yji/domain/rating-rules';
import { askCase } from './case-requests.ts';
import { summariseProgress } from './progress.ts';
import { CaseApprovals, nextPhase, QUALITY_ASSURANCE_PATCH } from './quality-assurance.ts';
import { refusal, serialHandlers } from '../serial-handlers.ts';
import { CaseAssessmentWorkflow } from '../case-assessment/workflow.ts';
import { caseAssessmentWorkflowId, withdrawCaseSignal } from '../case-assessment/definitions.ts';
import { ratingsApprovedSignal } from '../ratings-panel/definitions.ts';
import { RATINGS_PANEL_PATCH, ratingsPanelStage } from '../ratings-panel/from-inspection.ts';
import { COMMAND_ACTIVITY_OPTIONS } from '../command-activities.ts';
import { proxyHandlerActivities } from '../handler-activities.ts';
import { purgeAfterRetention } from '../retention/purge-after-retention.ts';

/** The patch under which a reassignment the case refused is taken back out of the service's record. */
const REASSIGNMENT_UNDONE_PATCH = 'reassignment-undone-when-the-case-refuses';

/**
 * The patch under which an inspection without rating rules, its quality assurance ended, waits out the
 * retention period and purges its case data, instead of opening a panel that never opens.
 */
const UNRATED_RETENTION_PATCH = 'unrated-inspection-purged-after-qa';

/**
 * The patches under which a reassignment is taken once the case reports its new assessor in progress, and
 * then even submitted: the assessor's first save (or submission) may follow the assignment's report within one
 * workflow task, which then sees only the later report; waiting for "assigned" held every later decision until
 * the case was submitted, and then put the previous assessor back. Two patches: runs recorded under the first
 * alone put the previous assessor back on a submission (an activity their histories hold).
 */
const REASSIGNMENT_TAKEN_IN_PROGRESS_PATCH = 'reassignment-taken-in-progress';
const REASSIGNMENT_TAKEN_WHEN_SUBMITTED_PATCH = 'reassignment-taken-when-submitted';

/**
 * The patch under which a decision starts or signals its cases all at once, while the lead's request waits
 * (issue 12, cause 2): one workflow task sends every command instead of one task per case.
 */
const CASES_AT_ONCE_PATCH = 'cases-started-and-signalled-at-once';

/**
 * The patches under which the fieldwork service creates the confirmed sample's tasks, and records the
 * first assessor of new cases, in one activity per decision rather than one per case (issue 12).
 */
const SAMPLE_TASKS_PATCH = 'sample-tasks-created-at-once';
const NEW_ASSIGNMENTS_PATCH = 'new-cases-assigned-at-once';

/**
 * The patch under which an exclusion asked for twice (a form sent twice) starts its replacement once: the
 * second finds the replacement's case already started and answers as the first did.
 */
const REPLACEMENT_STARTED_ONCE_PATCH = 'replacement-started-once';

/**
 * The patch under which a manual assignment naming a submitted or withdrawn case is refused on its turn,
 * before the service records anything (runs recorded before it recorded the plan, then failed to signal the
 * finished case).
 */
const CLOSED_CASE_ASSIGNMENT_REFUSED_PATCH = 'closed-case-assignment-refused';

/**
 * The patch under which an assignment's signal to a case that finished meanwhile (submitted between the
 * decision's turn and the signal) is passed over, as `askCase` does, rather than failing the decision.
 */
const FINISHED_CASE_SIGNAL_TOLERATED_PATCH = 'finished-case-signal-tolerated';

/** The inspection's own path: recorded, however long the service takes. */
const { recordInspection } =
  proxyActivities<Pick<InspectionActivities, 'recordInspection'>>(COMMAND_ACTIVITY_OPTIONS);
/** The lead's decisions, each bounded: a later decision waits for the one under way. */
const activities = proxyHandlerActivities<Omit<InspectionActivities, 'recordInspection'>>();

/** `each` over every item at once; one after another in runs recorded before CASES_AT_ONCE_PATCH. */
async function forEveryCase<T>(items: readonly T[], each: (item: T) => Promise<unknown>) {
  if (patched(CASES_AT_ONCE_PATCH)) {
    await Promise.all(items.map(each));
    return;
  }
  for (const item of items) await each(item);
}

const withdrawn = (reported: CaseAssessmentState) => reported.state === 'withdrawn';
const BEFORE_THE_PANEL: readonly InspectionWorkflowState['phase'][] = [
  'set-up',
  'sampling',
  'fieldwork',
  'quality-assurance',
];

export async function InspectionWorkflow(
  input: InspectionWorkflowInput,
  options: InspectionRunOptions = {},
): Promise<void> {
  const { carriedOver } = options;
  const state: InspectionWorkflowState = carriedOver?.state ?? {
    inspectionId: input.inspectionId,
    phase: 'set-up',
    recorded: false,
    longList: null,
    sample: null,
  };
  const cases = new Map((carriedOver?.cases ?? []).map((entry) => [entry.taskId, entry]));
  let reminderLeadMs = carriedOver?.reminderLeadMs ?? 0;
  const approvals = new CaseApprovals(carriedOver?.approvals);
  // Runs recorded before quality assurance was wired keep their old path: they rest in fieldwork.
  const qualityAssuranceWired = patched(QUALITY_ASSURANCE_PATCH);

  const enterPhase = (phase: InspectionWorkflowState['phase']) => {
    state.phase = phase;
    upsertSearchAttributes([{ key: inspectionPhaseKey, value: phase }]);
  };
  const requirePhase = (...phases: InspectionWorkflowState['phase'][]) => {
    if (!phases.includes(state.phase)) throw new Error(wrongPhase(state.phase, phases));
  };
  const requireUnconfirmedSample = () => {
    requirePhase('sampling');
    if (!state.sample) throw new Error('draw a sample first');
  };
  /** Starts the case's workflow; `taskCreated` when its fieldwork task was created with its sample. */
  const startCase = async (confirmed: ConfirmedCase, taskCreated = false) => {
    await startChild(CaseAssessmentWorkflow, {
      workflowId: caseAssessmentWorkflowId(confirmed.taskId),
      args: [
        {
          ...confirmed,
          inspectionId: input.inspectionId,
          reminderLeadMs,
          ...(taskCreated ? { taskCreated } : {}),
        },
      ],
      // A case outlives each run of its inspection (they continue as new): it reports to the inspection
      // by workflow id, which every run shares.
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
    // The case counts from now, not from its first report: until then the sample is not all submitted.
    if (qualityAssuranceWired && !cases.has(confirmed.taskId))
      cases.set(confirmed.taskId, unreported(confirmed));
  };

  const { onDecision } = serialHandlers();
  const requireLongList = () => {
    requirePhase('sampling');
    if (!state.longList) throw new Error('load the long list first');
  };
  /** The case of `caseRef` in fieldwork, unless it has been withdrawn (its replacement is another case). */
  const caseInFieldwork = (caseRef: string) =>
    [...cases.values()].find((entry) => entry.caseRef === caseRef && entry.state !== 'withdrawn');
  const requireExcludable = (caseRef: string) => {
    if (state.phase !== 'fieldwork') return requireUnconfirmedSample();
    if (caseInFieldwork(caseRef)?.state === 'submitted')
      throw new Error('the case is submitted; it cannot be excluded');
  };
  const requireSetUpOrSampling = () => requirePhase('set-up', 'sampling');
  const requireFieldwork = () => requirePhase('fieldwork');
  /** How a case stands once it can no longer change hands (submitted or withdrawn), else null. */
  const closedState = (caseRef: string): 'submitted' | 'withdrawn' | null => {
    const open = caseInFieldwork(caseRef);
    if (open) return open.state === 'submitted' ? 'submitted' : null;
    const known = [...cases.values()].some((entry) => entry.caseRef === caseRef);
    return known ? 'withdrawn' : null;
  };
  /** Fieldwork, and no case a manual assignment names has been submitted or withdrawn. */
  const requireAssignable = ({ request }: AssignCases) => {
    requireFieldwork();
    if (request.mode !== 'manual') return;
    for (const { caseRef } of request.assignments) {
      const closed = closedState(caseRef);
      if (closed && patched(CLOSED_CASE_ASSIGNMENT_REFUSED_PATCH))
        throw refusal('case-not-open', `case ${caseRef}: ${caseCannotBe(closed, 'assigned')}`);
    }
  };
  const requireReassignable = (caseRef: string) => {
    requireFieldwork();
    const current = caseInFieldwork(caseRef);
    if (!current) throw refusal('not-found', 'case not found');
    if (current.state === 'submitted') throw new Error('the case is submitted; it cannot be reassigned');
  };

  setHandler(inspectionStateQuery, () => state);
  setHandler(inspectionRecordedUpdate, async () => {
    await condition(() => state.recorded);
    return state;
  });
  setHandler(inspectionProgressQuery, () => summariseProgress(cases.values()));
  setHandler(caseProgressSignal, (progress) => {
    cases.set(progress.taskId, progress);
  });
  setHandler(caseApprovalSignal, (news) => approvals.record(news));
  // The ratings panel (a child) signals each approval; the first moves the inspection on.
  setHandler(ratingsApprovedSignal, () => {
    if (state.phase === 'ratings-panel') enterPhase('ratings-approved');
  });

  onDecision(useLongListUpdate, requireSetUpOrSampling, async ({ actor, longListId }) => {
    const { rows } = await activities.activateLongList({
      inspectionId: input.inspectionId,
      actor,
      longListId,
    });
    state.longList = { longListId, rows };
    state.sample = null;
    if (state.phase === 'set-up') enterPhase('sampling');
    return state;
  });

  onDecision(drawSampleUpdate, requireLongList, async ({ actor, seed }) => {
    state.sample = {
      ...(await activities.drawSample({ inspectionId: input.inspectionId, actor, seed })),
      confirmed: false,
    };
    return state;
  });

  onDecision(
    excludeCaseUpdate,
    ({ caseRef }: ExcludeCase) => requireExcludable(caseRef),
    async ({ actor, caseRef, reason }) => {
      // In fieldwork the case's assessment is withdrawn first, once the exclusion is sure to be accepted
      // (a withdrawal cannot be undone); the case refuses if it has been submitted meanwhile.
      const open = caseInFieldwork(caseRef);
      if (open) {
        await activities.checkExclusion({ inspectionId: input.inspectionId, caseRef, reason });
        const reported = await askCase(cases, open.taskId, withdrawCaseSignal, {}, withdrawn);
        if (!withdrawn(reported)) throw refusal('not-allowed-now', caseCannotBe(reported.state, 'excluded'));
      }
      const { counts, replacement } = await activities.excludeCase({
        inspectionId: input.inspectionId,
        actor,
        caseRef,
        reason,
      });
      state.sample = { ...counts, confirmed: state.sample?.confirmed ?? false };
      const started = replacement?.taskId && cases.has(replacement.taskId);
      if (replacement?.taskId && !(started && patched(REPLACEMENT_STARTED_ONCE_PATCH)))
        await startCase({ ...replacement, taskId: replacement.taskId });
      return state;
    },
  );

  onDecision(confirmSampleUpdate, requireUnconfirmedSample, async ({ actor }) => {
    const confirmed = await activities.confirmSample({ inspectionId: input.inspectionId, actor });
    reminderLeadMs = confirmed.reminderLeadMs;
    // A case created with its sample does not report its start: only runs that count a case from its start
    // (the quality-assurance patch) create them so.
    const created =
      patched(SAMPLE_TASKS_PATCH) && qualityAssuranceWired && confirmed.cases.length > 0
        ? new Set(await activities.createSampleTasks(input.inspectionId, confirmed.cases))
        : new Set<string>();
    await forEveryCase(confirmed.cases, (entry) => startCase(entry, created.has(entry.taskId)));
    state.sample = { ...state.sample!, confirmed: true };
    enterPhase('fieldwork');
    return state;
  });

  onDecision(assignCasesUpdate, requireAssignable, async ({ actor, request }) => {
    const plan = await activities.planAssignments({ inspectionId: input.inspectionId, actor, request });
    // The plan lists every current assignment; only the cases whose assessor changed hear about it.
    const changed = plan.assignments.filter(
      ({ taskId, assigneeId }) => cases.get(taskId)?.assigneeId !== assigneeId,
    );
    // A case nobody holds yet has its assessor recorded with the others', in one activity; a case changing
    // hands records its own, in turn with its other changes (a submission may be on its way).
    const unheld = changed.filter(({ taskId }) => cases.get(taskId)?.state === 'unassigned');
    const recorded =
      patched(NEW_ASSIGNMENTS_PATCH) && unheld.length > 0
        ? new Set(
            (
              await activities.assignNewTasks({
                assignments: unheld.map(({ taskId, assigneeId, dueAt }) => ({ taskId, assigneeId, dueAt })),
              })
            ).taskIds,
          )
        : new Set<string>();
    await forEveryCase(changed, ({ taskId, assigneeId, dueAt }) =>
      getExternalWorkflowHandle(caseAssessmentWorkflowId(taskId))
        .signal(assignCaseSignal, {
          assigneeId,
          dueAt,
          ...(recorded.has(taskId) ? { recorded: true } : {}),
        })
        .catch((error: unknown) => {
          // A case that finished since the decision's turn (submitted, say) takes no signal: it keeps the
          // assessor it reported, as askCase answers such a case.
          const finished = ['submitted', 'withdrawn'].includes(cases.get(taskId)?.state ?? '');
          if (!finished || !patched(FINISHED_CASE_SIGNAL_TOLERATED_PATCH)) throw error;
        }),
    );
    return summariseProgress(cases.values());
  });

  onDecision(
    reassignCaseUpdate,
    ({ caseRef }) => requireReassignable(caseRef),
    async ({ actor, caseRef, assigneeId, dueAt }) => {
      const current = caseInFieldwork(caseRef)!;
      const previous = current.assigneeId;
      const record = (assessor: string) =>
        activities.reassignCase({ inspectionId: input.inspectionId, actor, caseRef, assigneeId: assessor });
      const planned = await record(assigneeId);
      const request = { assigneeId, dueAt: dueAt ?? current.dueAt ?? planned.dueAt };
      const takenOnceInProgress = patched(REASSIGNMENT_TAKEN_IN_PROGRESS_PATCH);
      const takenOnceSubmitted = patched(REASSIGNMENT_TAKEN_WHEN_SUBMITTED_PATCH);
      const taken = ({ state: caseState, assigneeId: holder, dueAt: due }: CaseAssessmentState) =>
        (caseState === 'assigned' ||
          (takenOnceInProgress && caseState === 'in-progress') ||
          (takenOnceSubmitted && caseState === 'submitted')) &&
        holder === assigneeId &&
        due === request.dueAt;
      try {
        const reported = await askCase(cases, current.taskId, assignCaseSignal, request, taken);
        if (!taken(reported)) throw refusal('not-allowed-now', caseCannotBe(reported.state, 'reassigned'));
        return reported;
      } catch (error) {
        // The service recorded the new assessor before the case refused them (submitted meanwhile, say):
        // the record goes back to the assessor the case kept, and the lead hears why in the case's words.
        if (previous && previous !== assigneeId && patched(REASSIGNMENT_UNDONE_PATCH)) {
          await record(previous);
          const ended = cases.get(current.taskId)?.state;
          if (ended === 'submitted' || ended === 'withdrawn')
            throw refusal('not-allowed-now', caseCannotBe(ended, 'reassigned'));
        }
        throw error;
      }
    },
  );

  if (!carriedOver) {
    enterPhase('set-up');
    await recordInspection(input);
    state.recorded = true;
  }

  // Sixty cases' reports and assignments make a long history; before it grows too long to replay
  // quickly, hand the state to a fresh run (once every decision under way has finished).
  const historyIsLong = () =>
    workflowInfo().continueAsNewSuggested ||
    (options.continueAsNewAfterEvents !== undefined &&
      workflowInfo().historyLength >= options.continueAsNewAfterEvents);
  // Fieldwork, then quality assurance, end when the cases allow it, and not while a decision is under way
  // (an exclusion withdraws a case before its replacement starts).
  const movesOnTo = () =>
    qualityAssuranceWired && allHandlersFinished() ? nextPhase(state.phase, cases.values(), approvals) : null;
  while (BEFORE_THE_PANEL.includes(state.phase)) {
    await condition(() => movesOnTo() !== null || historyIsLong());
    const next = movesOnTo();
    if (next) {
      enterPhase(next);
      continue;
    }
    await condition(allHandlersFinished);
    await continueAsNew<typeof InspectionWorkflow>(input, {
      ...options,
      carriedOver: { state, cases: [...cases.values()], reminderLeadMs, approvals: approvals.toList() },
    });
  }
  // An inspection without rating rules (2016) has no panel and no report here: its case data is kept the
  // retention period after its quality assurance ends, then purged (docs/retention.md).
  if (!hasRatingRules(input.frameworks.standards) && patched(UNRATED_RETENTION_PATCH)) {
    await purgeAfterRetention(input.inspectionId, new Date().toISOString(), state);
    return;
  }
  if (patched(RATINGS_PANEL_PATCH)) await ratingsPanelStage(input, state, enterPhase);
}

/** A case started and not yet heard from. */
function unreported({ taskId, caseRef }: ConfirmedCase): CaseAssessmentState {
  return {
    taskId,
    caseRef,
    state: 'unassigned',
    assigneeId: null,
    dueAt: null,
    overdue: false,
    lastRefusal: null,
  };
}
