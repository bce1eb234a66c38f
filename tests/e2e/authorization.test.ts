// The authorization matrix, over HTTP, against real Temporal, NATS and PostgreSQL. Roles decide what a
// user may do; membership of the inspection's team decides which inspection they may touch; an assessor
// sees and changes only their own tasks. Every endpoint of the inspection and fieldwork services is called
// by every kind of caller, and each cell asserts the status (and the error code) the code answers. Denied
// callers send a change that would show if it got through; callers who may act send one that leaves the
// state as it was (or, for the task's own assessor, a change checked exactly), and the last block checks
// that nothing else changed.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@yji/contracts';
import { WORKFLOW_ACTOR } from '@yji/fieldwork';
import { inspectionRecordedUpdate } from '@yji/workflows';
import {
  apiClient,
  callerAs,
  caseManagerInterview,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  inspectionInFieldwork,
  longListCsv,
  startSystem,
  type ApiCall,
  type ApiResponse,
} from '../harness/index.ts';

type System = Awaited<ReturnType<typeof startSystem>>;
type InspectionInFieldwork = Awaited<ReturnType<typeof inspectionInFieldwork>>;

const SAMPLE_SIZE = 4;
const TEAM = [
  { userId: 'inspector-1', role: 'inspector' as const },
  { userId: 'assessor-1', role: 'local-assessor' as const },
  { userId: 'qa-1', role: 'qa-reviewer' as const },
  { userId: 'yjs-1', role: 'yjs-contact' as const },
];

// ---------------------------------------------------------------------------------------------------------
// Callers: one column of the matrix each. lead-2 (in the seed, off this inspection's team) leads an
// inspection of its own. The "token" callers show that a team role counts only when the token carries it too.
const CALLERS = {
  anon: { label: 'no token' },
  lead: { label: "lead-1, this inspection's lead", userId: 'lead-1', roles: ['lead-inspector'] },
  leadAlsoInspector: {
    label: 'lead-1 with a lead-inspector + inspector token',
    userId: 'lead-1',
    roles: ['lead-inspector', 'inspector'],
    unseeded: true,
  },
  leadInspectorToken: {
    label: 'lead-1 with only an inspector token',
    userId: 'lead-1',
    roles: ['inspector'],
    unseeded: true,
  },
  otherLead: {
    label: 'lead-2, lead of another inspection',
    userId: 'lead-2',
    roles: ['lead-inspector'],
    unseeded: true,
  },
  owner: { label: "assessor-1, the task's own assessor", userId: 'assessor-1', roles: ['local-assessor'] },
  teammate: {
    label: 'inspector-1, assessor on the team (not this task)',
    userId: 'inspector-1',
    roles: ['inspector'],
  },
  teammateLeadToken: {
    label: 'inspector-1 with a lead-inspector token',
    userId: 'inspector-1',
    roles: ['lead-inspector'],
    unseeded: true,
  },
  outsider: { label: 'inspector-2, assessor not on the team', userId: 'inspector-2', roles: ['inspector'] },
  qa: { label: 'qa-1, qa-reviewer on the team', userId: 'qa-1', roles: ['qa-reviewer'] },
  yjs: { label: 'yjs-1, yjs-contact on the team', userId: 'yjs-1', roles: ['yjs-contact'] },
  chair: { label: 'chair-1, panel-chair not on the team', userId: 'chair-1', roles: ['panel-chair'] },
} satisfies Record<string, { label: string; userId?: string; roles?: Role[]; unseeded?: boolean }>;
type CallerKey = keyof typeof CALLERS;
type Caller = { label: string; userId?: string; roles?: Role[]; unseeded?: boolean };
/** The matrix's columns, in the order of every `expect` row below. */
const COLUMNS: CallerKey[] = [
  'anon',
  'lead',
  'leadAlsoInspector',
  'leadInspectorToken',
  'otherLead',
  'owner',
  'teammate',
  'teammateLeadToken',
  'outsider',
  'qa',
  'yjs',
  'chair',
];
const DENIED = [401, 403, 404];
/**
 * The row of a route only the inspection's lead may use: the lead (with or without an inspector role too)
 * gets past authorization to `status`; a lead without the lead role in the token, or lead-2 who is not on
 * the team, or anyone else, is refused.
 */
const leadOnly = (status: number) => [401, status, status, 403, 404, 403, 403, 403, 404, 403, 403, 404];

/** The 404 message that hides a route's resource from those who may not know of it: its task, or its inspection. */
const hiddenAs = (route: string) =>
  route.includes(':taskId') ? 'task not found' : route.includes(':id') ? 'inspection not found' : undefined;

/** A check that the caller got past authorization and was refused with `code`. */
const refusedWith = (code: string) => (response: ApiResponse) => expect(response.body.error.code).toBe(code);

// ---------------------------------------------------------------------------------------------------------
// What every cell may use: the inspection and its cases, set up once.
interface Ctx {
  system: System;
  inspection: InspectionInFieldwork;
  /** The case and task assigned to assessor-1 (the "task" of every task route). */
  target: { caseRef: string; taskId: string };
  /** A case assigned to inspector-1. */
  other: { caseRef: string; taskId: string };
  /** The version of the target task's draft as stored now. */
  targetVersion: () => Promise<number>;
  /** A decision the inspection's workflow has carried out (an Update with this id). */
  decisionId: string;
}

interface Endpoint {
  route: string;
  /** What every caller sends: for a denied caller, a change that would show if it got through. */
  body?: (ctx: Ctx) => unknown;
  /** What a caller who passes authorization sends instead, when it differs. */
  authorisedBody?: (ctx: Ctx) => unknown;
  /** One status per caller, in COLUMNS order. */
  expect: number[];
  /** Cells that assert the correct answer but fail today (run as it.fails), each naming its bug. None today. */
  bugs?: Partial<Record<CallerKey, string>>;
  /** More checks on an answer the caller was allowed. */
  check?: (response: ApiResponse, ctx: Ctx, caller: Caller) => void | Promise<void>;
}

const OWNER_CLASSIFICATION = { safetyWellbeing: 'medium', riskOfHarm: 'low' };
const OWNER_INTERVIEW = caseManagerInterview();
const OWNER_FLAG = 'The child moved to another YJS before the disposal started.';

// The columns, left to right: anon = no token; lead; l+i = lead-1 with lead-inspector + inspector; l/i = lead-1
// with only inspector; oLd = lead-2; own = assessor-1; mate = inspector-1; m/L = inspector-1 with lead-inspector;
// out = inspector-2; qa = qa-1; yjs = yjs-1; chair = chair-1 (see CALLERS).
const ENDPOINTS: Endpoint[] = [
  //         anon lead l+i  l/i  oLd  own  mate m/L  out  qa   yjs  chair
  {
    route: 'POST /api/inspections',
    body: () => inspectionBody(FIELDWORK_START_AHEAD, 1),
    // Roles come from the identity provider: a token claiming lead-inspector may start an inspection.
    expect: [401, 201, 201, 403, 201, 403, 403, 201, 403, 403, 403, 403],
  },
  {
    route: 'GET /api/inspections',
    expect: [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
    // Everyone sees the inspections they are on the team of, and only those.
    check: (response, ctx, caller) => {
      const listed = (response.body.inspections as { id: string }[]).map((entry) => entry.id);
      const member = !['lead-2', 'inspector-2', 'chair-1'].includes(caller.userId!);
      expect(listed.includes(ctx.inspection.id)).toBe(member);
    },
  },
  {
    route: 'GET /api/inspections/:id',
    expect: [401, 200, 200, 403, 404, 200, 200, 403, 404, 200, 200, 404],
    check: (response, ctx) => expect(response.body.id).toBe(ctx.inspection.id),
  },
  {
    route: 'PUT /api/inspections/:id/team',
    body: () => ({ members: [{ userId: 'chair-1', role: 'lead-inspector' }] }),
    authorisedBody: () => ({ members: TEAM }),
    expect: leadOnly(200),
  },
  {
    route: 'GET /api/inspections/:id/team',
    expect: leadOnly(200),
    check: (response) => expect(response.body.members).toHaveLength(TEAM.length + 1),
  },
  {
    route: 'POST /api/inspections/:id/long-list',
    body: () => longListCsv(FIELDWORK_START_AHEAD, 12),
    // A list with a bad row: the lead gets past authorization to the rows' check, and nothing is stored.
    authorisedBody: () => longListCsv(FIELDWORK_START_AHEAD, 3).replace('referral_order', 'caution_x'),
    expect: leadOnly(422),
    check: refusedWith('long-list-invalid'),
  },
  {
    route: 'POST /api/inspections/:id/sample',
    body: () => ({ seed: 'intruder' }),
    // The sample is confirmed: the lead is refused by the workflow, not by authorization.
    expect: leadOnly(409),
    check: refusedWith('not-allowed-now'),
  },
  {
    route: 'GET /api/inspections/:id/sample',
    expect: leadOnly(200),
    check: (response) => expect(response.body.selected).toHaveLength(SAMPLE_SIZE),
  },
  {
    route: 'POST /api/inspections/:id/sample/exclusions',
    body: (ctx) => ({ caseRef: ctx.other.caseRef, reason: 'not theirs to exclude' }),
    // A case the sample does not hold: past authorization, refused by the sample's rules.
    authorisedBody: () => ({ caseRef: 'X9999', reason: 'not in the sample' }),
    expect: leadOnly(409),
    check: (response) => expect(response.body.error.message).toBe('the case is not in the sample'),
  },
  {
    route: 'POST /api/inspections/:id/sample/confirm',
    // Already confirmed: the lead is refused by the workflow.
    expect: leadOnly(409),
    check: refusedWith('not-allowed-now'),
  },
  {
    route: 'POST /api/inspections/:id/assignments',
    body: (ctx) => ({
      mode: 'manual',
      assignments: [{ caseRef: ctx.target.caseRef, assigneeId: 'inspector-1' }],
    }),
    // Every case is assigned already, so an automatic pass changes nothing.
    authorisedBody: () => ({ mode: 'auto' }),
    expect: leadOnly(200),
    check: (response) => expect(response.body.totals.byState).toEqual({ assigned: SAMPLE_SIZE }),
  },
  {
    route: 'PUT /api/inspections/:id/cases/:caseRef/assignee',
    body: () => ({ assigneeId: 'inspector-1' }),
    // qa-1 is on the team but not as an assessor: past authorization, refused as an assignee.
    authorisedBody: () => ({ assigneeId: 'qa-1' }),
    expect: leadOnly(422),
    check: refusedWith('not-an-assessor'),
  },
  {
    route: 'GET /api/inspections/:id/decisions/:decisionId',
    expect: leadOnly(200),
    check: (response) => expect(response.body.status).toBe('done'),
  },
  {
    route: 'GET /api/inspections/:id/progress',
    expect: leadOnly(200),
    check: (response) => expect(response.body.totals.cases).toBe(SAMPLE_SIZE),
  },
  {
    route: 'GET /api/fieldwork/tasks',
    expect: [401, 403, 200, 200, 403, 200, 200, 403, 200, 403, 403, 403],
    // Each assessor sees exactly their own tasks of this inspection; nobody else's. The list is paged and
    // spans every inspection (earlier runs share the database): this inspection's page is asked for too.
    check: async (response, ctx, caller) => {
      expect(Array.isArray(response.body.tasks)).toBe(true);
      // The token is the dev IdP's like the matrix's own (some callers hold roles their seed does not).
      const asCaller = callerAs(ctx.system, caller.userId!, caller.roles!, { allowUnseeded: true });
      const here = await asCaller('GET', `/api/fieldwork/tasks?inspectionId=${ctx.inspection.id}`);
      const listed = (here.body.tasks as { taskId: string; inspectionId: string }[])
        .map((task) => task.taskId)
        .sort();
      const own = ctx.inspection.cases.filter((entry) => entry.assigneeId === caller.userId);
      expect(listed).toEqual(own.map((entry) => entry.taskId).sort());
    },
  },
  {
    route: 'GET /api/fieldwork/tasks/:taskId',
    expect: [401, 200, 200, 404, 404, 200, 404, 404, 404, 403, 403, 403],
    check: (response, ctx) => {
      expect(response.body.taskId).toBe(ctx.target.taskId);
      expect(response.body.facts.disposalType).toEqual(expect.any(String));
    },
  },
  {
    route: 'PUT /api/fieldwork/tasks/:taskId/draft',
    body: () => ({
      version: 0,
      answers: {},
      inspectorClassification: { safetyWellbeing: 'very_high', riskOfHarm: 'very_high' },
    }),
    authorisedBody: () => ({ version: 0, answers: {}, inspectorClassification: OWNER_CLASSIFICATION }),
    expect: [401, 403, 403, 404, 403, 200, 404, 403, 404, 403, 403, 403],
    check: (response) => expect(response.body).toMatchObject({ version: 1 }),
  },
  {
    route: 'PUT /api/fieldwork/tasks/:taskId/interview',
    body: () => ({
      date: FIELDWORK_START_AHEAD,
      withWhom: 'team manager',
      notes: 'Written by someone else.',
    }),
    authorisedBody: () => OWNER_INTERVIEW,
    expect: [401, 403, 403, 404, 403, 200, 404, 403, 404, 403, 403, 403],
    check: (response) =>
      expect(response.body).toMatchObject({ ...OWNER_INTERVIEW, recordedBy: 'assessor-1' }),
  },
  {
    route: 'POST /api/fieldwork/tasks/:taskId/submit',
    // The current version, so an intruder let through would reach the assessment rules, not a stale refusal.
    body: async (ctx) => ({ version: await ctx.targetVersion() }),
    // The draft holds no answers yet: the assessor gets past authorization to the assessment rules.
    expect: [401, 403, 403, 404, 403, 422, 404, 403, 404, 403, 403, 403],
    check: refusedWith('assessment-invalid'),
  },
  {
    route: 'POST /api/fieldwork/tasks/:taskId/exclusion-flag',
    body: () => ({ reason: 'Not theirs to flag.' }),
    authorisedBody: () => ({ reason: OWNER_FLAG }),
    expect: [401, 403, 403, 404, 403, 201, 404, 403, 404, 403, 403, 403],
  },
];

// ---------------------------------------------------------------------------------------------------------
describe('authorization: role × team membership × task ownership, for every endpoint', () => {
  let system: System;
  let call: ApiCall;
  let ctx: Ctx;
  const tokens = new Map<CallerKey, string | undefined>();
  /** Inspections this file started, ended when it is done. */
  const started: string[] = [];
  let startedAt: Date;
  let before: Awaited<ReturnType<typeof snapshot>>;

  const snapshot = async (id: string) => {
    const { inspectionDb: idb, fieldworkDb: fdb } = system;
    const byKey = <T extends { userId: string; role: string }>(rows: T[]) =>
      rows.map(({ userId, role }) => `${userId}:${role}`).sort();
    return {
      team: byKey(await idb.teamMember.findMany({ where: { inspectionId: id } })),
      fieldworkTeam: byKey(await fdb.teamMembership.findMany({ where: { inspectionId: id } })),
      longLists: (
        await idb.longList.findMany({ where: { inspectionId: id }, orderBy: { uploadedAt: 'asc' } })
      ).map((list) => list.id),
      sample: await idb.sample.findUnique({ where: { inspectionId: id } }),
      sampledCases: await idb.sampledCase.findMany({
        where: { inspectionId: id },
        orderBy: { caseRef: 'asc' },
      }),
      tasks: (
        await fdb.caseTask.findMany({
          where: { inspectionId: id },
          orderBy: { caseRef: 'asc' },
          include: { interview: true, exclusionFlag: true },
        })
      ).map(({ updatedAt: _updatedAt, ...task }) => task),
    };
  };

  beforeAll(async () => {
    startedAt = new Date();
    system = await startSystem();
    call = apiClient(system);
    for (const key of COLUMNS) {
      const caller: Caller = CALLERS[key];
      tokens.set(
        key,
        caller.userId
          ? await system.tokenFor(caller.userId, caller.roles!, { allowUnseeded: caller.unseeded ?? false })
          : undefined,
      );
    }
    // lead-2 leads an inspection of its own, so its refusals below are about membership, not the role.
    const elsewhere = await call(
      tokens.get('otherLead'),
      'POST',
      '/api/inspections',
      inspectionBody(FIELDWORK_START_AHEAD),
    );
    expect(elsewhere.status).toBe(201);
    started.push(elsewhere.body.id);

    const inspection = await inspectionInFieldwork(system, callerAs(system, 'lead-1', ['lead-inspector']), {
      team: TEAM,
      sampleSize: SAMPLE_SIZE,
      fieldworkStart: FIELDWORK_START_AHEAD,
    });
    started.push(inspection.id);
    const target = inspection.cases.find((entry) => entry.assigneeId === 'assessor-1');
    const other = inspection.cases.find((entry) => entry.assigneeId === 'inspector-1');
    if (!target || !other)
      throw new Error(`expected both assessors to have cases: ${JSON.stringify(inspection)}`);
    // A carried-out decision to ask about: any Update of the inspection's workflow, under an id of ours.
    const decisionId = randomUUID();
    await system.temporal.workflow
      .getHandle(inspection.id)
      .executeUpdate(inspectionRecordedUpdate, { updateId: decisionId });
    ctx = {
      system,
      inspection,
      target,
      other,
      decisionId,
      targetVersion: async () =>
        (await system.fieldworkDb.caseTask.findUniqueOrThrow({ where: { id: target.taskId } })).version,
    };
    before = await snapshot(inspection.id);
  }, 120_000);

  afterAll(async () => {
    if (!system) return;
    // Inspections this file started (and, with them, their case workflows) end here rather than wait forever.
    for (const id of started) {
      await system.temporal.workflow
        .getHandle(id)
        .terminate('authorization test done')
        .catch(() => undefined);
    }
    await system.stop();
  });

  const pathOf = (route: string, ids: { id: string; caseRef: string; taskId: string }) =>
    route
      .split(' ')[1]!
      .replace(':decisionId', ctx.decisionId)
      .replace(':id', ids.id)
      .replace(':caseRef', ids.caseRef)
      .replace(':taskId', ids.taskId);
  const realIds = () => ({ id: ctx.inspection.id, ...ctx.target });

  it('lead-2 is a lead inspector in its own right', async () => {
    const own = await call(tokens.get('otherLead'), 'GET', `/api/inspections/${started[0]}`);
    expect(own.status).toBe(200);
  });

  for (const endpoint of ENDPOINTS) {
    const method = endpoint.route.split(' ')[0]!;
    describe(endpoint.route, () => {
      if (endpoint.expect.length !== COLUMNS.length)
        throw new Error(`${endpoint.route}: one status per caller`);
      COLUMNS.forEach((key, column) => {
        const status = endpoint.expect[column]!;
        const caller: Caller = CALLERS[key];
        const bug = endpoint.bugs?.[key];
        (bug ? it.fails : it)(`${caller.label} → ${status}`, async () => {
          const denied = DENIED.includes(status);
          const makeBody = (!denied && endpoint.authorisedBody) || endpoint.body;
          const body = makeBody ? await makeBody(ctx) : undefined;
          const response = await call(tokens.get(key), method, pathOf(endpoint.route, realIds()), body);
          if (response.status === 201 && response.body.id) started.push(response.body.id);
          expect(response.status, JSON.stringify(response.body)).toBe(status);
          if (status === 401) expect(response.body.error.code).toBe('unauthenticated');
          if (status === 403) expect(response.body.error.code).toBe('forbidden');
          // A 404 is the hiding one (not a route that is missing), and says nothing more than "not found".
          if (status === 404)
            expect(response.body).toEqual({
              error: { code: 'not-found', message: hiddenAs(endpoint.route) },
            });
          if (!denied) await endpoint.check?.(response, ctx, caller);
        });
      });

      const hidden = hiddenAs(endpoint.route);
      if (hidden) {
        // Existence is private: what a caller is told about a resource they may not see is exactly what the
        // resource's own people are told about one that does not exist.
        it('a hidden resource answers exactly like a missing one', async () => {
          const fieldwork = endpoint.route.includes('/api/fieldwork/');
          const seer = fieldwork ? 'owner' : 'lead';
          const stranger = fieldwork ? 'outsider' : 'otherLead';
          const body = endpoint.body ? await endpoint.body(ctx) : undefined;
          const missingIds = fieldwork
            ? { ...realIds(), taskId: randomUUID() }
            : { ...realIds(), id: randomUUID() };
          const missing = await call(tokens.get(seer), method, pathOf(endpoint.route, missingIds), body);
          const hiding = await call(tokens.get(stranger), method, pathOf(endpoint.route, realIds()), body);
          expect(missing).toEqual({
            status: 404,
            body: { error: { code: 'not-found', message: hidden } },
          });
          expect(hiding).toEqual(missing);
        });
      }
    });
  }

  describe('after the matrix, denied requests have changed nothing', () => {
    let after: Awaited<ReturnType<typeof snapshot>>;
    beforeAll(async () => {
      after = await snapshot(ctx.inspection.id);
    });

    it('the team, in the inspection service and in the fieldwork read model', () => {
      expect(after.team).toEqual(before.team);
      expect(after.fieldworkTeam).toEqual(before.fieldworkTeam);
      expect(after.team).toEqual([
        'assessor-1:local-assessor',
        'inspector-1:inspector',
        'lead-1:lead-inspector',
        'qa-1:qa-reviewer',
        'yjs-1:yjs-contact',
      ]);
    });

    it('the long lists, the sample (seed, selection, confirmation) and the sampled cases with their assessors', () => {
      expect(after.longLists).toEqual(before.longLists);
      expect(after.sample).toEqual(before.sample);
      expect(after.sample?.seed).toBe('fieldwork');
      expect(after.sampledCases).toEqual(before.sampledCases);
    });

    it("every task but the owner's, and the owner's task holds only the owner's changes", () => {
      const targetId = ctx.target.taskId;
      expect(after.tasks.filter((task) => task.id !== targetId)).toEqual(
        before.tasks.filter((task) => task.id !== targetId),
      );
      const was = before.tasks.find((task) => task.id === targetId)!;
      const task = after.tasks.find((entry) => entry.id === targetId)!;
      expect(was).toMatchObject({ version: 0, state: 'assigned', interview: null, exclusionFlag: null });
      expect(task).toMatchObject({
        assigneeId: 'assessor-1',
        version: 1,
        state: 'in-progress',
        answers: {},
        inspectorClassification: OWNER_CLASSIFICATION,
        submittedAt: null,
        interview: {
          withWhom: OWNER_INTERVIEW.withWhom,
          notes: OWNER_INTERVIEW.notes,
          recordedBy: 'assessor-1',
        },
        exclusionFlag: { reason: OWNER_FLAG, flaggedBy: 'assessor-1' },
      });
    });

    it('no inspection was started by a caller without the lead-inspector role', async () => {
      const starters = await system.inspectionDb.inspection.findMany({
        where: {
          createdAt: { gte: startedAt },
          leadInspectorId: { in: ['assessor-1', 'inspector-2', 'qa-1', 'yjs-1', 'chair-1'] },
        },
      });
      expect(starters).toEqual([]);
    });

    it('the audit logs name only the people who were allowed', async () => {
      const id = ctx.inspection.id;
      const inspectionActors = await system.inspectionDb.auditEntry.findMany({ where: { inspectionId: id } });
      expect(new Set(inspectionActors.map((entry) => entry.actorId))).toEqual(new Set(['lead-1']));
      const audited = await system.fieldworkDb.auditEntry.findMany({ where: { inspectionId: id } });
      // Each assessor on the team listing their own tasks of the inspection; nobody else's list names it.
      const listings = audited.filter((entry) => entry.action === 'tasks.listed');
      expect(new Set(listings.map((entry) => entry.actorId))).toEqual(new Set(['assessor-1', 'inspector-1']));
      const fieldwork = audited.filter((entry) => entry.action !== 'tasks.listed');
      const byActor = (actorId: string) => fieldwork.filter((entry) => entry.actorId === actorId);
      expect(new Set(fieldwork.map((entry) => entry.actorId))).toEqual(
        new Set([WORKFLOW_ACTOR.userId, 'lead-1', 'assessor-1']),
      );
      expect(new Set(byActor('lead-1').map((entry) => `${entry.action} ${entry.entityId}`))).toEqual(
        new Set([`case.read ${ctx.target.taskId}`]),
      );
      expect(new Set(byActor('assessor-1').map((entry) => entry.entityId))).toEqual(
        new Set([ctx.target.taskId]),
      );
      expect(new Set(byActor('assessor-1').map((entry) => entry.action))).toEqual(
        new Set(['case.read', 'task.draft-saved', 'task.interview-recorded', 'task.exclusion-flagged']),
      );
    });
  });
});
