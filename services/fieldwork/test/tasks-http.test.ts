// The task routes over HTTP with real tokens, against real PostgreSQL and NATS: who may see and change a
// task, draft saves against versions, the rules on saving and submitting, and the audit of each.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignTask,
  createTask,
  lockSubmittedTask,
  purgeFieldworkCases,
  taskExclusionFlagged,
  withdrawTask,
  type Role,
} from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import { readableTask } from '../src/access/task-access.ts';
import { COURT_FACTS, startFieldworkUnderTest } from './fieldwork-under-test.ts';
import { holdLock } from '../../../tests/harness/held-lock.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

type Fieldwork = Awaited<ReturnType<typeof startFieldworkUnderTest>>;

const { inspector: inspector1, lead, reviewer: qa } = SERVICE_CALLERS;
const inspector2 = { userId: 'inspector-2', roles: ['inspector'] } as const;

describe('fieldwork task routes', () => {
  let fieldwork: Fieldwork;
  beforeAll(async () => {
    fieldwork = await startFieldworkUnderTest();
  });
  afterAll(() => fieldwork?.stop());

  /** A task assigned to inspector-1 on a team with inspector-1, inspector-2 and lead-1. */
  async function inspector1Task(options: { dueAt?: string; inspectionId?: string } = {}) {
    const task = await fieldwork.assignedTask('inspector-1', options);
    await fieldwork.joinTeam(task.inspectionId, 'inspector-1', 'inspector');
    await fieldwork.joinTeam(task.inspectionId, 'inspector-2', 'inspector');
    await fieldwork.joinTeam(task.inspectionId, 'lead-1', 'lead-inspector');
    return task;
  }

  /** Every page of the caller's task list (the test database keeps the tasks of earlier runs). */
  async function allTaskIds(caller: typeof inspector1, query: string) {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page = await fieldwork.call(
        caller,
        'GET',
        `/api/fieldwork/tasks?limit=200&${query}${after ? `&after=${after}` : ''}`,
      );
      expect(page.status).toBe(200);
      ids.push(...(page.body?.tasks as { taskId: string }[]).map((task) => task.taskId));
      after = page.body?.next as string | null;
    } while (after);
    return ids;
  }

  describe('who may see a task', () => {
    it('refuses a caller without a token (401) and a role that does not assess cases (403)', async () => {
      expect((await fetch(`${fieldwork.url}/api/fieldwork/tasks`)).status).toBe(401);
      const listed = await fieldwork.call(qa, 'GET', '/api/fieldwork/tasks');
      expect(listed.status).toBe(403);
      expect(listed.body?.error?.code).toBe('forbidden');
    });

    it("lists the caller's own tasks on their teams, soonest due first, filtered by state, and audits each read", async () => {
      const inspectionId = randomUUID();
      const later = await inspector1Task({ inspectionId, dueAt: '2027-03-02T17:00:00.000Z' });
      const sooner = await inspector1Task({ inspectionId, dueAt: '2027-03-01T17:00:00.000Z' });
      // Assigned to inspector-1, but on a team inspector-1 is not (or no longer) a member of.
      const elsewhere = await fieldwork.assignedTask('inspector-1');

      const ids = await allTaskIds(inspector1, '');
      expect(ids).not.toContain(elsewhere.taskId);
      expect(ids.indexOf(sooner.taskId)).toBeLessThan(ids.indexOf(later.taskId));
      expect(ids.indexOf(sooner.taskId)).toBeGreaterThanOrEqual(0);

      await fieldwork.storeCompleteDraft(later.taskId);
      await sendCommand(fieldwork.nc, lockSubmittedTask, { taskId: later.taskId, version: 0 });
      const submittedIds = await allTaskIds(inspector1, 'state=submitted');
      expect(submittedIds).toContain(later.taskId);
      expect(submittedIds).not.toContain(sooner.taskId);

      // The lines name cases: each read of the list is audited, with the inspection when it is of one.
      const listed = () =>
        fieldwork.db.auditEntry.count({
          where: { action: 'tasks.listed', actorId: 'inspector-1', inspectionId },
        });
      const before = await listed();
      expect(
        (await fieldwork.call(inspector1, 'GET', `/api/fieldwork/tasks?inspectionId=${inspectionId}`)).status,
      ).toBe(200);
      expect(await listed()).toBe(before + 1);
    });

    it('writes a line of the list as the task itself is written', async () => {
      const inspectionId = randomUUID();
      const { taskId } = await inspector1Task({ inspectionId, dueAt: '2027-03-01T16:59:59.250Z' });
      const listed = await fieldwork.call(
        inspector1,
        'GET',
        `/api/fieldwork/tasks?inspectionId=${inspectionId}`,
      );
      const read = await fieldwork.call(inspector1, 'GET', `/api/fieldwork/tasks/${taskId}`);
      const line = (listed.body?.tasks as Record<string, unknown>[])[0]!;
      expect(line.dueAt).toBe('2027-03-01T16:59:59.250Z');
      expect(line).toEqual(
        Object.fromEntries(Object.keys(line).map((key) => [key, read.body?.[key as keyof typeof read.body]])),
      );
      expect(Object.keys(line).sort()).toEqual([
        'caseRef',
        'dueAt',
        'frameworkId',
        'inspectionId',
        'reminded',
        'reviewState',
        'state',
        'taskId',
        'version',
      ]);
      // No reminder has come for a task due in March.
      expect(line.reminded).toBe(false);
    });

    it('shows the assignee the facts, the questions that apply and the saved draft, and audits the read', async () => {
      const { taskId, inspectionId } = await inspector1Task();
      const read = await fieldwork.call(inspector1, 'GET', `/api/fieldwork/tasks/${taskId}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        taskId,
        inspectionId,
        frameworkId: 'd2-v6.5',
        state: 'assigned',
        assigneeId: 'inspector-1',
        version: 0,
        facts: { disposalType: 'referral_order' },
        answers: {},
        interview: null,
        exclusionFlag: null,
      });
      const codes = read.body?.applicableQuestions as string[];
      expect(codes[0]).toBe('A1.1');
      // Codes only: the question bank is read once, from the framework's questions.
      const bank = await fieldwork.call(inspector1, 'GET', '/api/fieldwork/frameworks/d2-v6.5/questions');
      const views = new Map((bank.body?.questions as { code: string }[]).map((view) => [view.code, view]));
      expect(codes.every((code) => views.has(code))).toBe(true);
      expect(views.get('A1.1')).toMatchObject({ keyQuestion: 'A1', allowed: ['yes', 'no'] });

      const audit = await fieldwork.db.auditEntry.findMany({
        where: { entityId: taskId, action: 'case.read' },
      });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorId: 'inspector-1', actorRoles: ['inspector'], inspectionId });
      expect(audit[0]!.requestId).toBeTruthy();
    });

    it('pages the list by keyset: the pages together are the whole list, in order, each task once', async () => {
      const inspectionId = randomUUID();
      const dues = ['2027-05-03', '2027-05-01', '2027-05-02', '2027-05-01', '2027-05-04'];
      for (const due of dues) {
        await fieldwork.assignedTask('inspector-3', { inspectionId, dueAt: `${due}T17:00:00.000Z` });
      }
      await fieldwork.joinTeam(inspectionId, 'inspector-3', 'inspector');
      const inspector3 = { userId: 'inspector-3', roles: ['inspector'] } as const;
      type Page = {
        tasks: { taskId: string; inspectionId: string; dueAt: string }[];
        next: string | null;
      };

      const whole = (await fieldwork.call(inspector3, 'GET', '/api/fieldwork/tasks')).body as Page;
      expect(whole.next).toBeNull();
      const these = whole.tasks.filter((task) => task.inspectionId === inspectionId);
      expect(these.map((task) => task.dueAt.slice(0, 10))).toEqual([...dues].sort());
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const query: string = `?limit=3${after ? `&after=${after}` : ''}`;
        const page = (await fieldwork.call(inspector3, 'GET', `/api/fieldwork/tasks${query}`)).body as Page;
        expect(page.tasks.length).toBeLessThanOrEqual(3);
        paged.push(...page.tasks.map((task) => task.taskId));
        after = page.next;
      } while (after);
      expect(paged).toEqual(whole.tasks.map((task) => task.taskId));

      // Another assessor's task as the cursor opens nothing of theirs.
      const theirs = await inspector1Task();
      const across = await fieldwork.call(inspector3, 'GET', `/api/fieldwork/tasks?after=${theirs.taskId}`);
      expect(across.body).toEqual({ tasks: [], next: null });
      for (const query of ['limit=0', 'limit=201', 'after=not-a-task']) {
        const refused = await fieldwork.call(inspector3, 'GET', `/api/fieldwork/tasks?${query}`);
        expect(refused.status).toBe(400);
      }
    });

    it("answers 404 to another assessor, even on the same team: the task's existence is private", async () => {
      const { taskId } = await inspector1Task();
      const read = await fieldwork.call(inspector2, 'GET', `/api/fieldwork/tasks/${taskId}`);
      expect(read.status).toBe(404);
      expect(read.body?.error?.code).toBe('not-found');
      const save = await fieldwork.call(inspector2, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
        version: 0,
        answers: { 'A1.1': 'yes' },
      });
      expect(save.status).toBe(404);
    });

    it('needs the same assessor role in the token as on the team', async () => {
      // inspector-1's token says inspector; a seat on the team as a local assessor is not that role.
      const task = await fieldwork.assignedTask('inspector-1');
      await fieldwork.joinTeam(task.inspectionId, 'inspector-1', 'local-assessor');
      const path = `/api/fieldwork/tasks/${task.taskId}`;
      expect((await fieldwork.call(inspector1, 'GET', path)).status).toBe(404);
      await fieldwork.joinTeam(task.inspectionId, 'inspector-1', 'inspector');
      expect((await fieldwork.call(inspector1, 'GET', path)).status).toBe(200);
    });

    it("lets the inspection's lead inspector read but not change a task; a lead elsewhere gets 404", async () => {
      const { taskId } = await inspector1Task();
      expect((await fieldwork.call(lead, 'GET', `/api/fieldwork/tasks/${taskId}`)).status).toBe(200);
      const save = await fieldwork.call(lead, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
        version: 0,
        answers: {},
      });
      expect(save.status).toBe(403);

      const otherTeam = await fieldwork.assignedTask('inspector-1');
      expect((await fieldwork.call(lead, 'GET', `/api/fieldwork/tasks/${otherTeam.taskId}`)).status).toBe(
        404,
      );
    });
  });

  describe('reading one task in one statement (issue 12, cause 3)', () => {
    /**
     * `db` as it is, noting each statement it is asked to send: a direct statement, raw SQL through Prisma,
     * a transaction, a model query.
     */
    function noting(db: Fieldwork['db']) {
      const sent: string[] = [];
      const watched = new Proxy(db, {
        get(target, key) {
          const value: unknown = Reflect.get(target, key, target);
          if (key === 'sql') {
            const rows: typeof db.sql.rows = (statement, values) => {
              sent.push(`sql ${statement.name}`);
              return db.sql.rows(statement, values);
            };
            return { rows };
          }
          if (typeof key !== 'string') return value;
          if (typeof value === 'function') {
            return (...args: unknown[]) => {
              if (/^\$(queryRaw|executeRaw|transaction)/.test(key)) sent.push(key);
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          }
          if (!key.startsWith('$') && typeof value === 'object' && value !== null) sent.push(key);
          return value;
        },
      });
      return { watched, sent };
    }
    const actor = (caller: { userId: string; roles: readonly Role[] }) => ({
      ...caller,
      roles: [...caller.roles],
      requestId: randomUUID(),
    });
    const readsOf = (taskId: string) =>
      fieldwork.db.auditEntry.findMany({ where: { entityId: taskId, action: 'case.read' } });

    it('reads the task, its interviews, flag, review, settings and access and records the read, in one round trip', async () => {
      const { taskId, inspectionId } = await inspector1Task();
      const { watched, sent } = noting(fieldwork.db);
      const { task } = await readableTask(watched, actor(inspector1), taskId);
      expect(task).toMatchObject({ id: taskId, interview: null, exclusionFlag: null, review: null });
      expect(sent).toEqual(['sql fieldwork.reader-task']);
      expect(await readsOf(taskId)).toEqual([
        expect.objectContaining({ actorId: 'inspector-1', actorRoles: ['inspector'], inspectionId }),
      ]);
    });

    it("records nothing for a refused read, and the lead inspector's read as theirs", async () => {
      const { taskId } = await inspector1Task();
      await expect(readableTask(fieldwork.db, actor(inspector2), taskId)).rejects.toMatchObject({
        problem: { code: 'not-found' },
      });
      expect(await readsOf(taskId)).toEqual([]);
      await readableTask(fieldwork.db, actor(lead), taskId);
      expect(await readsOf(taskId)).toEqual([
        expect.objectContaining({ actorId: 'lead-1', actorRoles: ['lead-inspector'] }),
      ]);
    });
  });

  describe("a framework's questions, which a task names by code", () => {
    const questionsOf = (
      frameworkId: string,
      caller: { userId: string; roles: readonly Role[] } = inspector1,
    ) => fieldwork.call(caller, 'GET', `/api/fieldwork/frameworks/${frameworkId}/questions`);

    it('answers every question asked as an answer, in framework order, and lets the client keep it', async () => {
      const read = await questionsOf('d2-v6.5');
      expect(read.status).toBe(200);
      expect(read.headers.get('cache-control')).toBe('private, max-age=3600');
      const codes = (read.body?.questions as { code: string }[]).map((question) => question.code);
      expect(codes.slice(0, 3)).toEqual(['A1.1', 'A1.2', 'A1.3']);
      expect(new Set(codes).size).toBe(codes.length);
      // 002 3b (the inspection's country) is recorded by yji, never asked as an answer.
      const codes2016 = ((await questionsOf('fji-sqs-2016')).body?.questions as { code: string }[]).map(
        (question) => question.code,
      );
      expect(codes2016).not.toContain('3b');
      expect(codes2016).toContain('9a');
    });

    it('is for those who assess, lead or moderate; an unknown framework is 404 without repeating it', async () => {
      expect((await fetch(`${fieldwork.url}/api/fieldwork/frameworks/d2-v6.5/questions`)).status).toBe(401);
      for (const caller of [lead, qa]) expect((await questionsOf('d2-v6.5', caller)).status).toBe(200);
      const yjs = await questionsOf('d2-v6.5', { userId: 'yjs-1', roles: ['yjs-contact'] });
      expect(yjs.status).toBe(403);
      const unknown = await questionsOf('d9-v0.1');
      expect(unknown.status).toBe(404);
      expect(unknown.body?.error?.code).toBe('not-found');
      expect(unknown.text).not.toContain('d9-v0.1');
    });
  });

  describe('saving a draft', () => {
    it('merges the answers and bumps the version; a save against an older version gets 409 with the current draft', async () => {
      const { taskId } = await inspector1Task();
      const first = await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
        version: 0,
        answers: { 'A1.1': 'yes', 'A1.2': 'no' },
        inspectorClassification: { safetyWellbeing: 'low' },
      });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ taskId, version: 1 });

      const second = await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
        version: 1,
        answers: { 'A1.2': null, 'A1.3': 'yes' },
        rationale: { A1S: 'Strengths outweigh the gaps' },
      });
      expect(second.body).toMatchObject({ version: 2 });

      // Someone else's copy, still at version 1: refused, and told what is stored now.
      const stale = await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
        version: 1,
        answers: { 'A1.1': 'no' },
      });
      expect(stale.status).toBe(409);
      expect(stale.body?.error?.code).toBe('stale-version');
      expect(stale.body?.current).toEqual({
        version: 2,
        answers: { 'A1.1': 'yes', 'A1.3': 'yes' },
        rationale: { A1S: 'Strengths outweigh the gaps' },
        inspectorClassification: { safetyWellbeing: 'low' },
        relevantFactors: null,
        careExperience: null,
      });
      const stored = await fieldwork.db.caseTask.findUniqueOrThrow({ where: { id: taskId } });
      expect(stored.answers).toEqual({ 'A1.1': 'yes', 'A1.3': 'yes' });
      // The 409 showed the stored draft: a read of the task, audited as GET the task is, naming no value.
      const reads = await fieldwork.db.auditEntry.findMany({
        where: { entityId: taskId, action: 'case.read' },
      });
      expect(reads.map(({ actorId, entityType, details }) => ({ actorId, entityType, details }))).toEqual([
        {
          actorId: 'inspector-1',
          entityType: 'case-task',
          details: { answeredWith: 'stale-version', version: 2 },
        },
      ]);

      const audit = await fieldwork.db.auditEntry.findMany({
        where: { entityId: taskId, action: 'task.draft-saved' },
        orderBy: { at: 'asc' },
      });
      expect(audit.map((entry) => entry.details)).toEqual([
        {
          version: 1,
          questions: ['A1.1', 'A1.2'],
          rationale: [],
          context: ['inspectorClassification.safetyWellbeing'],
        },
        { version: 2, questions: ['A1.2', 'A1.3'], rationale: ['A1S'], context: [] },
      ]);
      // The audit names codes, never what was answered or written.
      expect(JSON.stringify(audit)).not.toMatch(/Strengths|"yes"|"low"/);
    });

    it('refuses an answer outside its scale and a code the framework does not have (400, codes named, values not echoed)', async () => {
      const { taskId } = await inspector1Task();
      const save = await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
        version: 0,
        answers: { 'A1.1': 'perhaps-sometimes', 'Z9.9': 'yes', 'A1.2': 'yes' },
      });
      expect(save.status).toBe(400);
      expect(save.body?.error?.code).toBe('invalid-answers');
      expect(save.body?.error?.details?.map((detail) => detail.code).sort()).toEqual(['A1.1', 'Z9.9']);
      expect(save.text).not.toContain('perhaps-sometimes');
      const stored = await fieldwork.db.caseTask.findUniqueOrThrow({ where: { id: taskId } });
      expect(stored).toMatchObject({ version: 0, answers: {} });
    });

    it('refuses a body beyond its limit (413) before parsing it', async () => {
      const { taskId } = await inspector1Task();
      const save = await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
        version: 0,
        answers: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`A${i}`, 'x'.repeat(15_000)])),
      });
      expect(save.status).toBe(413);
    });

    it('refuses a save to a submitted task (409 task-locked)', async () => {
      const { taskId } = await inspector1Task();
      await fieldwork.storeCompleteDraft(taskId);
      await sendCommand(fieldwork.nc, lockSubmittedTask, { taskId, version: 0 });
      const save = await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
        version: 0,
        answers: { 'A1.1': 'yes' },
      });
      expect(save.status).toBe(409);
      expect(save.body?.error?.code).toBe('task-locked');
    });
  });

  describe('submitting', () => {
    it('answers 422 naming every problem of an incomplete assessment, and changes nothing', async () => {
      const { taskId } = await inspector1Task();
      await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
        version: 0,
        answers: { 'A1.1': 'yes' },
      });
      const submit = await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/submit`, {
        version: 1,
      });
      expect(submit.status).toBe(422);
      expect(submit.body?.error?.code).toBe('assessment-invalid');
      const codes = submit.body?.error?.details?.map((detail) => detail.code);
      expect(codes).toEqual(
        expect.arrayContaining(['A1.2', 'A1S', 'inspectorClassification.safetyWellbeing']),
      );
      expect(codes).not.toContain('A1.1');
      const stored = await fieldwork.db.caseTask.findUniqueOrThrow({ where: { id: taskId } });
      expect(stored.state).toBe('assigned');
    });

    it('answers 409 stale-version when the version submitted is not the current one', async () => {
      const { taskId } = await inspector1Task();
      const submit = await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/submit`, {
        version: 7,
      });
      expect(submit.status).toBe(409);
      expect(submit.body?.error?.code).toBe('stale-version');
      expect(submit.body?.current?.version).toBe(0);
      const reads = await fieldwork.db.auditEntry.findMany({
        where: { entityId: taskId, action: 'case.read' },
      });
      expect(reads.map(({ actorId, details }) => ({ actorId, details }))).toEqual([
        { actorId: 'inspector-1', details: { answeredWith: 'stale-version', version: 0 } },
      ]);
    });
  });

  describe('the interview and the exclusion flag', () => {
    it('records the case manager interview and shows it to the reader; the audit holds no notes', async () => {
      const { taskId } = await inspector1Task();
      const interview = {
        date: '2026-12-08',
        withWhom: 'case manager',
        notes: 'Discussed the plan at length',
      };
      const put = await fieldwork.call(
        inspector1,
        'PUT',
        `/api/fieldwork/tasks/${taskId}/interview`,
        interview,
      );
      expect(put.status).toBe(200);
      expect(put.body).toMatchObject({ ...interview, recordedBy: 'inspector-1' });
      const read = await fieldwork.call(inspector1, 'GET', `/api/fieldwork/tasks/${taskId}`);
      expect(read.body?.interview).toMatchObject(interview);
      const audit = await fieldwork.db.auditEntry.findMany({ where: { entityId: taskId } });
      expect(audit.map((entry) => entry.action)).toContain('task.interview-recorded');
      expect(JSON.stringify(audit)).not.toContain('Discussed');

      const named = await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/interview`, {
        ...interview,
        withWhom: 'Jane Smith (07700 900123)',
      });
      expect(named.status).toBe(400);
      expect(named.text).not.toContain('07700');
    });

    it("refuses a case manager interview once a submission locked the task, checked under the task row's lock", async () => {
      const { taskId } = await inspector1Task();
      // The submission's lock under way (lock-submitted-task): the task's row held, then the task submitted.
      const submission = await holdLock(
        fieldwork.db,
        'SELECT 1 FROM "CaseTask" WHERE id = $1::uuid FOR UPDATE',
        taskId,
        (tx) =>
          tx.caseTask.update({
            where: { id: taskId },
            data: { state: 'submitted', submittedAt: new Date() },
          }),
      );
      // The interview read the task while it was still open, before the lock committed.
      const recorded = fieldwork.call(
        inspector1,
        'PUT',
        `/api/fieldwork/tasks/${taskId}/case-manager-interview`,
        {
          tookPlace: true,
          role: 'case_manager',
          caseManagerSeenBefore: false,
          date: '2026-12-08',
          notes: 'Seen at the office.',
        },
      );
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await submission.release();
      const answer = await recorded;
      expect([answer.status, answer.body?.error?.code]).toEqual([409, 'task-locked']);
      expect(await fieldwork.db.caseManagerInterview.findUnique({ where: { taskId } })).toBeNull();
    });

    it('stores an exclusion flag once and reports it through the outbox', async () => {
      const { taskId, inspectionId } = await inspector1Task();
      const flag = await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/exclusion-flag`, {
        reason: 'Home YJS did the assessment',
      });
      expect(flag.status).toBe(201);
      const again = await fieldwork.call(
        inspector1,
        'POST',
        `/api/fieldwork/tasks/${taskId}/exclusion-flag`,
        {
          reason: 'Home YJS did the assessment',
        },
      );
      expect(again.status).toBe(409);
      expect(again.body?.error?.code).toBe('already-flagged');

      const events = await fieldwork.db.outboxMessage.findMany({
        where: { subject: taskExclusionFlagged.subject, payload: { path: ['taskId'], equals: taskId } },
      });
      expect(events.map((event) => event.payload)).toEqual([
        { taskId, inspectionId, caseRef: expect.any(String) },
      ]);
      const read = await fieldwork.call(lead, 'GET', `/api/fieldwork/tasks/${taskId}`);
      expect(read.body?.exclusionFlag).toMatchObject({
        reason: 'Home YJS did the assessment',
        flaggedBy: 'inspector-1',
      });
    });
  });

  describe("the lead inspector's list of exclusion flags", () => {
    it('refuses a flag on a submitted task, which can no longer leave the sample, and stores nothing', async () => {
      const { taskId } = await inspector1Task();
      await fieldwork.storeCompleteDraft(taskId);
      await sendCommand(fieldwork.nc, lockSubmittedTask, { taskId, version: 0 });
      const flag = await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/exclusion-flag`, {
        reason: 'Home YJS did the assessment',
      });
      expect(flag.status).toBe(409);
      expect(flag.body?.error).toMatchObject({
        code: 'task-locked',
        message: 'the task is submitted; it cannot be flagged',
      });
      expect(await fieldwork.db.exclusionFlag.count({ where: { taskId } })).toBe(0);
    });

    it("lists the inspection's flags, oldest first, to its lead only, and audits the read", async () => {
      const inspectionId = randomUUID();
      const first = await inspector1Task({ inspectionId });
      const second = await inspector1Task({ inspectionId });
      const elsewhere = await inspector1Task();
      for (const { taskId } of [first, second, elsewhere])
        expect(
          (
            await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/exclusion-flag`, {
              reason: `Transferred out (${taskId.slice(0, 4)})`,
            })
          ).status,
        ).toBe(201);
      const path = `/api/fieldwork/inspections/${inspectionId}/exclusion-flags`;

      const listed = await fieldwork.call(lead, 'GET', path);
      expect(listed.status).toBe(200);
      const tasks = await fieldwork.db.caseTask.findMany({ where: { inspectionId } });
      const caseRefOf = (taskId: string) => tasks.find((task) => task.id === taskId)!.caseRef;
      expect(listed.body?.flags).toEqual(
        [first, second].map(({ taskId }) => ({
          taskId,
          caseRef: caseRefOf(taskId),
          taskState: 'assigned',
          purgedAt: null,
          reason: `Transferred out (${taskId.slice(0, 4)})`,
          flaggedBy: 'inspector-1',
          at: expect.any(String),
          keptBy: null,
          keptAt: null,
        })),
      );
      const audit = await fieldwork.db.auditEntry.findMany({
        where: { inspectionId, action: 'exclusion-flag.read' },
      });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorId: 'lead-1',
        details: { tasks: [first.taskId, second.taskId] },
      });
      expect(JSON.stringify(audit)).not.toContain('Transferred');

      const assessor = await fieldwork.call(inspector1, 'GET', path);
      expect(assessor.status).toBe(403);
      const otherLead = await fieldwork.call({ userId: 'lead-2', roles: ['lead-inspector'] }, 'GET', path);
      expect(otherLead.status).toBe(404);
      expect(
        await fieldwork.db.auditEntry.count({ where: { inspectionId, action: 'exclusion-flag.read' } }),
      ).toBe(1);
    });
  });

  describe('the lead inspector keeps a flagged case', () => {
    const keep = (caller: { userId: string; roles: readonly Role[] }, taskId: string) =>
      fieldwork.call(caller, 'POST', `/api/fieldwork/tasks/${taskId}/exclusion-flag/kept`);
    const flag = async (taskId: string) =>
      expect(
        (
          await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/exclusion-flag`, {
            reason: 'Transferred to another YJS',
          })
        ).status,
      ).toBe(201);
    const keptAudit = (taskId: string) =>
      fieldwork.db.auditEntry.findMany({ where: { entityId: taskId, action: 'task.exclusion-flag-kept' } });

    it('records the lead’s decision once, audited; the list and the assessor’s task show it', async () => {
      const { taskId, inspectionId } = await inspector1Task();
      await flag(taskId);

      const kept = await keep(lead, taskId);
      expect(kept.status).toBe(200);
      expect(kept.body).toEqual({
        taskId,
        caseRef: expect.any(String),
        flaggedBy: 'inspector-1',
        at: expect.any(String),
        keptBy: 'lead-1',
        keptAt: expect.any(String),
      });
      const audit = await keptAudit(taskId);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorId: 'lead-1', inspectionId, entityType: 'case-task' });
      expect(JSON.stringify(audit)).not.toContain('Transferred');

      // Again: the flag as it is, the first decision's time, no second audit entry.
      const again = await keep(lead, taskId);
      expect([again.status, again.body]).toEqual([200, kept.body]);
      expect(await keptAudit(taskId)).toHaveLength(1);

      const listed = await fieldwork.call(
        lead,
        'GET',
        `/api/fieldwork/inspections/${inspectionId}/exclusion-flags`,
      );
      expect(listed.body?.flags).toEqual([
        expect.objectContaining({
          taskId,
          keptBy: 'lead-1',
          keptAt: kept.body?.keptAt,
          taskState: 'assigned',
        }),
      ]);
      const read = await fieldwork.call(inspector1, 'GET', `/api/fieldwork/tasks/${taskId}`);
      expect(read.body?.exclusionFlag).toEqual({
        reason: 'Transferred to another YJS',
        flaggedBy: 'inspector-1',
        at: kept.body?.at,
        keptBy: 'lead-1',
        keptAt: kept.body?.keptAt,
      });
    });

    it('refuses the assessor (403), a lead of another inspection (404), and a case without a flag (404)', async () => {
      const { taskId } = await inspector1Task();
      const unflagged = await keep(lead, taskId);
      expect([unflagged.status, unflagged.body?.error]).toEqual([
        404,
        { code: 'not-found', message: 'exclusion flag not found' },
      ]);
      await flag(taskId);
      const assessor = await keep(inspector1, taskId);
      expect([assessor.status, assessor.body?.error?.code]).toEqual([403, 'forbidden']);
      const otherLead = await keep({ userId: 'lead-2', roles: ['lead-inspector'] }, taskId);
      expect([otherLead.status, otherLead.body?.error]).toEqual([
        404,
        { code: 'not-found', message: 'task not found' },
      ]);
      const missing = await keep(lead, randomUUID());
      expect(missing.body).toEqual(otherLead.body);
      expect(await fieldwork.db.exclusionFlag.findUnique({ where: { taskId } })).toMatchObject({
        keptBy: null,
        keptAt: null,
      });
      expect(await keptAudit(taskId)).toHaveLength(0);
    });

    it('refuses a case already excluded (its task withdrawn) and one whose inspection was purged', async () => {
      const withdrawn = await inspector1Task();
      await flag(withdrawn.taskId);
      await sendCommand(fieldwork.nc, withdrawTask, { taskId: withdrawn.taskId });
      const refused = await keep(lead, withdrawn.taskId);
      expect([refused.status, refused.body?.error]).toEqual([
        409,
        { code: 'task-locked', message: 'the task is withdrawn; it cannot be kept' },
      ]);

      const purged = await inspector1Task();
      await flag(purged.taskId);
      await sendCommand(fieldwork.nc, purgeFieldworkCases, { inspectionId: purged.inspectionId });
      const afterPurge = await keep(lead, purged.taskId);
      expect([afterPurge.status, afterPurge.body?.error?.code]).toEqual([409, 'inspection-purged']);
      for (const { taskId } of [withdrawn, purged]) {
        expect(await fieldwork.db.exclusionFlag.findUnique({ where: { taskId } })).toMatchObject({
          keptBy: null,
          keptAt: null,
        });
        expect(await keptAudit(taskId)).toHaveLength(0);
      }
    });
  });

  describe('a 2016 case: its inspection and the structured interview decide what applies', () => {
    /** A 2016 court case assigned to inspector-1, in an inspection whose settings the event gave as `settings`. */
    async function case2016(settings?: { country: 'england' | 'wales'; programme: { name: 'fji' | 'sqs' } }) {
      const taskId = randomUUID();
      const inspectionId = randomUUID();
      // What the inspection.created event leaves in the read model (the consumer's test covers the event).
      if (settings)
        await fieldwork.db.inspectionSettings.create({
          data: { inspectionId, country: settings.country, programme: settings.programme },
        });
      await sendCommand(fieldwork.nc, createTask, {
        taskId,
        inspectionId,
        caseRef: `CASE-${taskId.slice(0, 8)}`,
        frameworkId: 'fji-sqs-2016',
        facts: COURT_FACTS,
      });
      await sendCommand(fieldwork.nc, assignTask, {
        taskId,
        assigneeId: 'inspector-1',
        dueAt: '2026-12-20T17:00:00.000Z',
      });
      await fieldwork.joinTeam(inspectionId, 'inspector-1', 'inspector');
      return taskId;
    }
    const codes = async (taskId: string) =>
      (await fieldwork.call(inspector1, 'GET', `/api/fieldwork/tasks/${taskId}`)).body
        ?.applicableQuestions as string[];

    it('lists a "select all that apply" question as taking several values, like an explanation question', async () => {
      const taskId = await case2016({ country: 'england', programme: { name: 'fji' } });
      const applicable = new Set(await codes(taskId));
      const bank = await fieldwork.call(
        inspector1,
        'GET',
        '/api/fieldwork/frameworks/fji-sqs-2016/questions',
      );
      const questions = (bank.body?.questions as { code: string; multiple: boolean }[]).filter((question) =>
        applicable.has(question.code),
      );
      // 002 1.5.1: "select all that apply" (choices); 1.4.2 reasons. Both answer with a list of values.
      expect(questions.find((question) => question.code === '1.5.1')?.multiple).toBe(true);
      expect(questions.find((question) => question.code === '1.2.1')?.multiple).toBe(false);
    });

    it('keeps a per-factor grid with rows still to answer in a draft, and refuses it at submission (002 2.1.2)', async () => {
      const taskId = await case2016({ country: 'england', programme: { name: 'fji' } });
      const save = await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
        version: 0,
        answers: { '2.1.2': { health: 'sufficient' } },
      });
      expect(save.status, JSON.stringify(save.body)).toBe(200);
      const outsideRows = await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
        version: 1,
        answers: { '2.1.2': { health: 'sufficient', astrology: 'sufficient' } },
      });
      expect(outsideRows.status).toBe(400);
      expect(outsideRows.body?.error?.details?.map((detail) => detail.code)).toEqual(['2.1.2']);

      const submit = await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/submit`, {
        version: 1,
      });
      expect(submit.status).toBe(422);
      expect(submit.body?.error?.details).toContainEqual({
        code: '2.1.2',
        message:
          '2.1.2 needs an answer for the rows substance_misuse, ete, living_arrangements_parenting too',
      });
    });

    it('asks the Welsh-language questions in Wales only, and View 5 once an interview took place', async () => {
      const wales = await case2016({ country: 'wales', programme: { name: 'fji' } });
      const england = await case2016();
      expect(await codes(wales)).toContain('9a');
      expect(await codes(england)).not.toContain('9a');
      expect(await codes(wales)).not.toContain('5.1.1a');

      const path = `/api/fieldwork/tasks/${wales}/case-manager-interview`;
      const interview = {
        tookPlace: true,
        date: '2026-12-08',
        role: 'case_manager',
        caseManagerSeenBefore: false,
      };
      const withoutLanguage = await fieldwork.call(inspector1, 'PUT', path, interview);
      expect(withoutLanguage.status).toBe(422);
      expect(withoutLanguage.body?.error).toMatchObject({
        code: 'interview-invalid',
        details: [{ field: 'body.language', message: 'language is needed in Wales (002 13c)' }],
      });
      expect(await fieldwork.db.caseManagerInterview.count({ where: { taskId: wales } })).toBe(0);

      const recorded = await fieldwork.call(inspector1, 'PUT', path, {
        ...interview,
        language: 'welsh',
        notes: 'Seen.',
      });
      expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
      expect(recorded.body).toMatchObject({
        ...interview,
        language: 'welsh',
        notes: 'Seen.',
        recordedBy: 'inspector-1',
      });
      expect(await codes(wales)).toContain('5.1.1a');
      const read = await fieldwork.call(inspector1, 'GET', `/api/fieldwork/tasks/${wales}`);
      expect(read.body?.caseManagerInterview).toMatchObject({ tookPlace: true, language: 'welsh' });
      const audit = await fieldwork.db.auditEntry.findMany({ where: { entityId: wales } });
      expect(audit.map((entry) => entry.action)).toContain('task.case-manager-interview-recorded');
      expect(JSON.stringify(audit)).not.toContain('Seen.');

      const inEngland = await fieldwork.call(
        inspector1,
        'PUT',
        `/api/fieldwork/tasks/${england}/case-manager-interview`,
        {
          ...interview,
          language: 'welsh',
        },
      );
      expect(inEngland.status).toBe(422);
    });
  });

  it('documents every route in the OpenAPI document', async () => {
    const document = (await (await fetch(`${fieldwork.url}/docs/json`)).json()) as {
      paths: Record<string, object>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/fieldwork/tasks',
        '/api/fieldwork/tasks/{taskId}',
        '/api/fieldwork/tasks/{taskId}/draft',
        '/api/fieldwork/tasks/{taskId}/interview',
        '/api/fieldwork/tasks/{taskId}/submit',
        '/api/fieldwork/tasks/{taskId}/exclusion-flag',
        '/api/fieldwork/tasks/{taskId}/exclusion-flag/kept',
        '/api/fieldwork/inspections/{inspectionId}/exclusion-flags',
        '/api/fieldwork/tasks/{taskId}/case-manager-interview',
      ]),
    );
  });
});
