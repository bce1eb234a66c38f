// One CaseAssessmentWorkflow per sampled case: unassigned → assigned → in progress → submitted (or
// withdrawn). Due dates are timers: a reminder before the deadline, an escalation when it passes.
import {
  ActivityFailure,
  allHandlersFinished,
  condition,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { AssignCase, CaseAssessmentInput, CaseAssessmentState } from '@yji/contracts';
import { caseCannotBe } from '@yji/domain/phase-gates';
import type { CaseAssessmentActivities } from './activities.ts';
import {
  assessmentStartedSignal,
  assignCaseUpdate,
  caseAssessmentStateQuery,
  submitAssessmentUpdate,
  withdrawCaseSignal,
  withdrawCaseUpdate,
  type InspectionRequest,
} from './definitions.ts';
import { assignCaseSignal, caseProgressSignal, type RecordedAssignment } from '../inspection/definitions.ts';
import { reasonOf, refusal, serialHandlers } from '../serial-handlers.ts';
import { COMMAND_ACTIVITY_OPTIONS } from '../command-activities.ts';
import { proxyHandlerActivities } from '../handler-activities.ts';

/** The case's own path: its task created, its deadlines recorded, however long the service takes. */
const activities =
  proxyActivities<Pick<CaseAssessmentActivities, 'createCaseTask' | 'recordDeadlineEvent'>>(
    COMMAND_ACTIVITY_OPTIONS,
  );
/**
 * The changes the lead asks for (through the inspection, whose decision waits for the case's answer) are
 * bounded. A submission is not: its Update id is made of the task's version, and Temporal answers an id it has
 * seen with its first outcome, so a submission given up could not be sent again.
 */
const decisionActivities =
  proxyHandlerActivities<Pick<CaseAssessmentActivities, 'assignCaseTask' | 'withdrawCaseTask'>>();
const submissionActivities =
  proxyActivities<Pick<CaseAssessmentActivities, 'lockSubmittedTask'>>(COMMAND_ACTIVITY_OPTIONS);

/**
 * The patch under which a case whose fieldwork task the services refuse to create (its facts refused, say)
 * stays open instead of failing: it reports why, refuses every assignment, and is withdrawn without a task to
 * withdraw, so the lead can exclude it and fieldwork can still end (failed, the case held fieldwork open for
 * ever: the inspection counted it unassigned and could neither withdraw nor assign it).
 */
const TASK_REFUSED_PATCH = 'case-open-when-its-task-is-refused';

const NO_TASK = 'the case has no fieldwork task (its creation was refused); exclude it to draw a replacement';

const FINISHED = new Set(['submitted', 'withdrawn']);

export async function CaseAssessmentWorkflow(input: CaseAssessmentInput): Promise<CaseAssessmentState> {
  const state: CaseAssessmentState = {
    taskId: input.taskId,
    caseRef: input.caseRef,
    state: 'unassigned',
    assigneeId: null,
    dueAt: null,
    overdue: false,
    lastRefusal: null,
  };
  /** Bumped on every (re)assignment so the deadline loop restarts its timers. */
  let assignment = 0;
  const parent = workflowInfo().parent;
  const reportProgress = async () => {
    if (parent) await getExternalWorkflowHandle(parent.workflowId).signal(caseProgressSignal, { ...state });
  };

  setHandler(caseAssessmentStateQuery, () => state);

  const { onUpdate, onSignal } = serialHandlers();
  const requireOpen = () => {
    if (FINISHED.has(state.state)) throw new Error(caseCannotBe(state.state, 'reassigned'));
  };
  /** Set once the fieldwork task exists: an assignment that arrives earlier waits for it. */
  let taskCreated = false;
  /** Set instead when the task's creation was refused (TASK_REFUSED_PATCH): there never will be one. */
  let taskRefused = false;
  const taskSettled = () => taskCreated || taskRefused;
  /** The assignment whose activity is under way, if any (see the submission's check on arrival). */
  let assigning: AssignCase | null = null;
  /**
   * An assignment the fieldwork service recorded already (the inspection's bulk assignment of new cases,
   * issue 12), from its arrival until its turn: the task shows the assessor, who may save and submit
   * before the case has taken it. A submission is then accepted for that assessor and waits its turn, as
   * during an assignment's activity; a start heard meanwhile counts once the assignment is taken.
   */
  let recordedAhead: AssignCase | null = null;
  let startedBeforeAssigned: string | null = null;
  const assign = async (request: AssignCase & RecordedAssignment) => {
    const { assigneeId, dueAt } = request;
    await condition(taskSettled);
    if (taskRefused) throw refusal('not-allowed-now', NO_TASK);
    if (!request.recorded) {
      assigning = request;
      try {
        await decisionActivities.assignCaseTask(input.taskId, assigneeId, dueAt);
      } finally {
        assigning = null;
      }
    }
    state.assigneeId = assigneeId;
    state.dueAt = dueAt;
    state.overdue = false;
    state.state = request.recorded && startedBeforeAssigned === assigneeId ? 'in-progress' : 'assigned';
    startedBeforeAssigned = null;
    if (recordedAhead === request) recordedAhead = null;
    assignment += 1;
    await reportProgress();
    return state;
  };
  const recordRefusal = async (command: string, reason: string, { requestId }: InspectionRequest = {}) => {
    state.lastRefusal = { command, reason, at: new Date().toISOString(), requestId: requestId ?? null };
    await reportProgress();
  };

  onUpdate(assignCaseUpdate, requireOpen, assign);
  // The inspection's bulk assignment arrives as a signal (a workflow cannot send an update to another):
  // it takes its turn like the lead's own reassignment, and a refusal is recorded on the case.
  onSignal(
    assignCaseSignal,
    requireOpen,
    async (request) => void (await assign(request)),
    async (command, reason, request) => {
      if (recordedAhead === request) recordedAhead = null;
      await recordRefusal(command, reason, request);
    },
    (request) => {
      if (request.recorded) recordedAhead = request;
    },
  );

  // Only the assignee's first save starts the case; a later save, or one by someone else, changes nothing
  // (a start heard before the assignment the fieldwork service recorded counts once that assignment comes).
  onSignal(
    assessmentStartedSignal,
    () => {},
    async ({ userId }) => {
      if (state.state === 'assigned' && userId === state.assigneeId) {
        state.state = 'in-progress';
        await reportProgress();
      } else if (state.state === 'unassigned') startedBeforeAssigned = userId;
    },
    (command, reason, _started) => recordRefusal(command, reason),
  );

  onUpdate(
    submitAssessmentUpdate,
    ({ userId }) => {
      // While an assignment's activity is under way (after a worker restart, until its retry: up to the
      // activity's timeout) the fieldwork task may already show the assessor, who can then submit: the
      // submission is accepted for that assessor and waits its turn, when this check runs again, exactly.
      const ahead = assigning ?? recordedAhead;
      const open = ahead
        ? !FINISHED.has(state.state)
        : state.state === 'assigned' || state.state === 'in-progress';
      if (!open) throw new Error(caseCannotBe(state.state, 'submitted'));
      if (userId !== (ahead?.assigneeId ?? state.assigneeId)) {
        throw new Error('only the assigned assessor may submit this case');
      }
    },
    async ({ version }) => {
      await submissionActivities.lockSubmittedTask(input.taskId, version);
      state.state = 'submitted';
      await reportProgress();
      return state;
    },
  );

  const requireNotSubmitted = () => {
    if (state.state === 'submitted') throw new Error('the case is submitted; it cannot be withdrawn');
  };
  const withdraw = async () => {
    await condition(taskSettled);
    if (!taskRefused) await decisionActivities.withdrawCaseTask(input.taskId);
    state.state = 'withdrawn';
    await reportProgress();
    return state;
  };
  onSignal(withdrawCaseSignal, requireNotSubmitted, async () => void (await withdraw()), recordRefusal);
  onUpdate(withdrawCaseUpdate, requireNotSubmitted, withdraw);

  /** Creates the task: true once it exists; a refusal (final: its activity is not retried) is reported. */
  const createTask = async () => {
    try {
      await activities.createCaseTask(input);
      return true;
    } catch (error) {
      if (!(error instanceof ActivityFailure) || !patched(TASK_REFUSED_PATCH)) throw error;
      taskRefused = true;
      await recordRefusal('createCaseTask', reasonOf(error));
      return false;
    }
  };
  // The task is created here, or was by the inspection with the rest of its sample; the inspection then
  // counts the case, unassigned, from its start, so there is nothing to report yet (issue 12: one signal
  // and one workflow task less per case).
  if (input.taskCreated) taskCreated = true;
  else if (await createTask()) {
    taskCreated = true;
    await reportProgress();
  }

  while (!FINISHED.has(state.state)) {
    const current = assignment;
    const changed = () => FINISHED.has(state.state) || assignment !== current;
    if (!state.dueAt) {
      await condition(changed);
      continue;
    }
    const dueAt = Date.parse(state.dueAt);
    if (Date.now() < dueAt) {
      // Remind when the reminder window opens, or at once when the case is assigned inside it.
      const remindAt = dueAt - input.reminderLeadMs;
      if (Date.now() < remindAt && (await condition(changed, remindAt - Date.now()))) continue;
      await activities.recordDeadlineEvent(input.taskId, 'reminder', state.dueAt);
      if (Date.now() < dueAt && (await condition(changed, dueAt - Date.now()))) continue;
    }
    if (changed()) continue;
    state.overdue = true;
    await activities.recordDeadlineEvent(input.taskId, 'overdue', state.dueAt);
    await reportProgress();
    await condition(changed);
  }
  // A submission or withdrawal ends the loop while its handler still reports progress: let it finish, or
  // the caller's Update would see the workflow complete first.
  await condition(allHandlersFinished);
  return state;
}
