// Through the real case assessment workflow and worker: the first draft save moves the case to in
// progress, submission runs the workflow's Update whose activity locks the task, and a refusal comes back
// as 409. The inspection service's only part here, the case's long-list facts, is answered by a stand-in
// (case-workflow-under-test.ts).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@temporalio/client';
import { createTask, receivedProblem, taskSubmitted } from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import { errorBody, TIMED_OUT } from '@yji/service-kit';
import { assignCaseUpdate, caseAssessmentStateQuery } from '@yji/workflows';
import { daysFromNow } from '../../../tests/harness/dates.ts';
import { submitToWorkflow } from '../src/workflow/case-workflow.ts';
import { startCaseWorkflowsUnderTest } from './case-workflow-under-test.ts';
import type { startFieldworkUnderTest } from './fieldwork-under-test.ts';
import { COURT_FACTS } from './fieldwork-under-test.ts';

async function eventually<T>(probe: () => Promise<T | null>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Fieldwork = Awaited<ReturnType<typeof startFieldworkUnderTest>>;

const inspector1 = { userId: 'inspector-1', roles: ['inspector'] } as const;
/** Long enough for the workflow to answer: these tests are about what it answers, not about the bound. */
const WAIT_MS = 60_000;

describe('a case through the assessment workflow', () => {
  let under: Awaited<ReturnType<typeof startCaseWorkflowsUnderTest>>;
  let fieldwork: Fieldwork;
  let temporal: Client;

  beforeAll(async () => {
    under = await startCaseWorkflowsUnderTest();
    ({ fieldwork, temporal } = under);
  });
  afterAll(() => under?.stop());

  /** A case workflow that has created its task and assigned it to inspector-1, who is on the team. */
  async function assignedCase() {
    const inspectionId = randomUUID();
    await fieldwork.joinTeam(inspectionId, 'inspector-1', 'inspector');
    const { input, handle } = await under.startCase({ inspectionId });
    // The workflow creates the task first; an assignment before that would find no task to assign.
    await eventually(() => fieldwork.db.caseTask.findUnique({ where: { id: input.taskId } }));
    await handle.executeUpdate(assignCaseUpdate, {
      args: [{ assigneeId: 'inspector-1', dueAt: `${daysFromNow(30)}T17:00:00.000Z` }],
    });
    return { ...input, handle };
  }

  /** Answers every question that applies, first allowed value (yes, low, …), as a client working through the form would. */
  async function answerEverything(taskId: string) {
    let version = 0;
    const first = await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
      version,
      answers: {},
      inspectorClassification: { safetyWellbeing: 'medium', riskOfHarm: 'medium' },
    });
    version = first.body?.version as number;
    const { frameworkId } = (await fieldwork.call(inspector1, 'GET', `/api/fieldwork/tasks/${taskId}`)).body!;
    const bank = await fieldwork.call(
      inspector1,
      'GET',
      `/api/fieldwork/frameworks/${frameworkId}/questions`,
    );
    const questions = new Map(
      (bank.body?.questions as { code: string; allowed: string[] | null; multiple: boolean }[]).map(
        (question) => [question.code, question],
      ),
    );
    for (;;) {
      const task = (await fieldwork.call(inspector1, 'GET', `/api/fieldwork/tasks/${taskId}`)).body!;
      const answers = task.answers as Record<string, unknown>;
      const open = (task.applicableQuestions as string[])
        .filter((code) => answers[code] === undefined)
        .map((code) => questions.get(code)!);
      if (open.length === 0) return { version, firstSave: first };
      const save = await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
        version,
        answers: Object.fromEntries(
          open.map(({ code, allowed, multiple }) => {
            const value = allowed?.[0] ?? 'A note';
            return [code, multiple ? [value] : value];
          }),
        ),
      });
      expect(save.status).toBe(200);
      version = save.body?.version as number;
    }
  }

  it('moves to in progress on the first save, and submits through the workflow once', async () => {
    const { taskId, handle } = await assignedCase();
    const { version, firstSave } = await answerEverything(taskId);
    expect(firstSave.body?.state).toBe('in-progress');
    expect((await handle.query(caseAssessmentStateQuery)).state).toBe('in-progress');

    const submit = await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/submit`, {
      version,
    });
    expect(submit.status).toBe(200);
    expect(submit.body).toEqual({ taskId, state: 'submitted', version, warnings: [] });
    expect((await handle.query(caseAssessmentStateQuery)).state).toBe('submitted');

    const stored = await fieldwork.db.caseTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(stored).toMatchObject({ state: 'submitted', version });
    const events = await fieldwork.db.outboxMessage.findMany({
      where: { subject: taskSubmitted.subject, payload: { path: ['taskId'], equals: taskId } },
    });
    expect(events).toHaveLength(1);
    const audit = await fieldwork.db.auditEntry.findMany({
      where: { entityId: taskId, action: 'task.submitted' },
    });
    // Audited by the lock that carried it out, as the assignee's.
    expect(audit).toMatchObject([{ actorId: 'inspector-1', details: { version } }]);

    const again = await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/submit`, {
      version,
    });
    expect(again.status).toBe(409);
    expect(again.body?.error?.code).toBe('task-locked');
  });

  it("passes on the workflow's refusal and the lock's stale version", async () => {
    const { taskId } = await assignedCase();
    expect(await submitToWorkflow(temporal, taskId, { userId: 'inspector-2', version: 0 }, WAIT_MS)).toEqual({
      ok: false,
      code: 'submit-rejected',
      message: 'only the assigned assessor may submit this case',
    });
    expect(
      await submitToWorkflow(temporal, taskId, { userId: 'inspector-1', version: 5 }, WAIT_MS),
    ).toMatchObject({
      ok: false,
      code: 'stale-version',
    });
    const stored = await fieldwork.db.caseTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(stored.state).toBe('assigned');
  });

  // The lock checks the rules again (an interview recorded after the route's check keeps the version): its
  // refusal fails the Update only, with its code, message and findings, so the inspector is told which
  // questions are at fault as when the route refuses itself; the case stays open to be submitted later.
  it("passes on the lock's assessment-invalid with its findings, and the case can still be submitted", async () => {
    const { taskId, handle } = await assignedCase();
    // The route's own check of the same draft, before it reaches the workflow.
    const direct = await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/submit`, {
      version: 0,
    });
    expect(direct.status).toBe(422);
    expect(direct.body?.error?.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'A1.1' })]),
    );

    const refused = await submitToWorkflow(temporal, taskId, { userId: 'inspector-1', version: 0 }, WAIT_MS);
    expect(refused).toEqual({
      ok: false,
      code: 'assessment-invalid',
      message: expect.stringMatching(/^the assessment is not ready to submit: \d+ problem\(s\)$/),
      details: direct.body?.error?.details,
    });
    // What the route answers with (submit-assessment.ts): the same problem as its own refusal, findings included.
    if (refused === TIMED_OUT || refused.ok) throw new Error('the lock did not refuse');
    expect(errorBody(receivedProblem(refused))).toEqual(direct.body);
    expect((await handle.query(caseAssessmentStateQuery)).state).toBe('assigned');
    expect((await fieldwork.db.caseTask.findUniqueOrThrow({ where: { id: taskId } })).state).toBe('assigned');

    const { version } = await answerEverything(taskId);
    const submit = await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/submit`, {
      version,
    });
    expect([submit.status, submit.body?.state]).toEqual([200, 'submitted']);
  });

  it('answers 409 when the case has no running workflow', async () => {
    const taskId = randomUUID();
    await sendCommand(fieldwork.nc, createTask, {
      taskId,
      inspectionId: randomUUID(),
      caseRef: 'CASE-NO-WORKFLOW',
      frameworkId: 'd2-v6.5',
      facts: COURT_FACTS,
    });
    expect(
      await submitToWorkflow(temporal, taskId, { userId: 'inspector-1', version: 0 }, WAIT_MS),
    ).toMatchObject({
      ok: false,
      code: 'workflow-not-running',
    });
  });
});
