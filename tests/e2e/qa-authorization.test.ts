// The authorization matrix of the quality-assurance and safeguarding endpoints, over HTTP, against real
// Temporal, NATS and PostgreSQL: token role × team membership × ownership of the case (its assessor) or of
// the review (its reviewer). Every endpoint is called by every kind of caller; hidden things answer 404 like
// missing ones. Callers who get past authorization send a change that is refused further on (a stale
// version, a state that does not allow it, a body the rules refuse), and the last check shows the review,
// the alert and the settings are as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@yji/contracts';
import {
  callerAs,
  eventually,
  inspectionInFieldwork,
  PEOPLE,
  setQaSettings,
  startSystem,
  submitCompleteCase,
  type Caller,
  type Json,
  anAlert,
} from '../harness/index.ts';

type System = Awaited<ReturnType<typeof startSystem>>;

const CALLERS = {
  anon: { userId: '', roles: [] },
  lead: { userId: 'lead-1', roles: ['lead-inspector'] },
  otherLead: { userId: 'lead-2', roles: ['lead-inspector'] },
  owner: { userId: 'inspector-1', roles: ['inspector'] },
  teammate: { userId: 'assessor-1', roles: ['local-assessor'] },
  qa: { userId: 'qa-1', roles: ['qa-reviewer'] },
  outsiderQa: { userId: 'qa-3', roles: ['qa-reviewer'] },
  chair: { userId: 'chair-1', roles: ['panel-chair'] },
} satisfies Record<string, { userId: string; roles: Role[] }>;
type CallerKey = keyof typeof CALLERS;
const COLUMNS = Object.keys(CALLERS) as CallerKey[];

interface Ctx {
  inspectionId: string;
  taskId: string;
  alertId: string;
  reviewVersion: () => Promise<number>;
}

interface Endpoint {
  route: string;
  path: (ctx: Ctx) => string;
  /** What a caller sends: for one refused before it, a change that would show if it got through. */
  body?: (ctx: Ctx, caller: CallerKey) => unknown | Promise<unknown>;
  /** anon, lead, otherLead, owner, teammate, qa, outsiderQa, chair. */
  expect: number[];
}

const current = async (ctx: Ctx) => ({ version: await ctx.reviewVersion() });
/** The qa-reviewer sends a stale version: past authorization, refused before anything changes. */
const currentUnlessReviewer = async (ctx: Ctx, caller: CallerKey) =>
  caller === 'qa' ? { version: 999 } : current(ctx);
/** Likewise the lead inspector, for a lead inspector's move. */
const currentUnlessLead = async (ctx: Ctx, caller: CallerKey) =>
  caller === 'lead' ? { version: 999 } : current(ctx);
const REVIEWER_MOVE = [401, 403, 403, 403, 403, 409, 404, 403];
const LEAD_MOVE = [401, 409, 404, 403, 403, 403, 403, 403];
const LEAD_FIGURES = [401, 200, 404, 403, 403, 403, 403, 403];
const SETTINGS = {
  policy: { seed: 'authz', shareByRole: { inspector: 1, 'local-assessor': 1 }, blindShare: 0 },
  alertEscalation: { escalateAfterMs: 3_600_000, secondPersonId: 'qa-1' },
};

const ENDPOINTS: Endpoint[] = [
  //                                             anon lead oLd  own  mate qa   oQa  chair
  {
    route: 'GET qa-settings',
    path: (c) => `/api/inspections/${c.inspectionId}/qa-settings`,
    expect: [401, 200, 404, 403, 403, 200, 404, 404],
  },
  {
    route: 'PUT qa-settings',
    path: (c) => `/api/inspections/${c.inspectionId}/qa-settings`,
    body: () => SETTINGS,
    expect: [401, 200, 404, 403, 403, 403, 404, 404],
  },
  {
    route: 'GET reviews (queue)',
    path: () => '/api/fieldwork/reviews',
    expect: [401, 403, 403, 403, 403, 200, 200, 403],
  },
  {
    route: 'GET review',
    path: (c) => `/api/fieldwork/reviews/${c.taskId}`,
    expect: [401, 200, 404, 200, 404, 200, 404, 403],
  },
  {
    route: 'GET review diff',
    path: (c) => `/api/fieldwork/reviews/${c.taskId}/diff?from=1&to=1`,
    expect: [401, 200, 404, 200, 404, 200, 404, 403],
  },
  ...['claim', 'release', 'approve'].map((move) => ({
    route: `POST review ${move}`,
    path: (c: Ctx) => `/api/fieldwork/reviews/${c.taskId}/${move}`,
    body: currentUnlessReviewer,
    expect: REVIEWER_MOVE,
  })),
  {
    route: 'POST review return',
    path: (c) => `/api/fieldwork/reviews/${c.taskId}/return`,
    body: async (c, caller) => ({
      ...(await currentUnlessReviewer(c, caller)),
      reason: 'Not theirs to return.',
    }),
    expect: REVIEWER_MOVE,
  },
  {
    route: 'PUT review blind-judgements',
    path: (c) => `/api/fieldwork/reviews/${c.taskId}/blind-judgements`,
    body: async (c, caller) => ({
      ...(await currentUnlessReviewer(c, caller)),
      judgements: { '2.1.1': false },
    }),
    expect: REVIEWER_MOVE,
  },
  ...Object.entries({ reviewer: { reviewerId: 'qa-1' }, correction: { reason: 'Not theirs.' } }).map(
    ([move, change]) => ({
      route: `POST review ${move}`,
      path: (c: Ctx) => `/api/fieldwork/reviews/${c.taskId}/${move}`,
      body: async (c: Ctx, caller: CallerKey) => ({ ...(await currentUnlessLead(c, caller)), ...change }),
      expect: LEAD_MOVE,
    }),
  ),
  {
    // The case waits for QA: its own assessor gets past authorization to the review's state.
    route: 'POST task revise',
    path: (c) => `/api/fieldwork/tasks/${c.taskId}/revise`,
    expect: [401, 403, 403, 409, 404, 403, 403, 403],
  },
  ...['qa-progress', 'agreement', 'live-ratings', 'alerts'].map((figure) => ({
    route: `GET inspection ${figure}`,
    path: (c: Ctx) => `/api/fieldwork/inspections/${c.inspectionId}/${figure}`,
    expect: LEAD_FIGURES,
  })),
  {
    // A body the safeguarding rules refuse (harm to self, but only other people at risk): nothing is stored.
    route: 'POST task alerts',
    path: (c) => `/api/fieldwork/tasks/${c.taskId}/alerts`,
    body: () => ({
      concerns: ['harm-to-self'],
      atRisk: ['other-people'],
      urgency: 'urgent',
      seen: 'x',
      done: 'y',
      forwardedBy: 'yji',
    }),
    expect: [401, 422, 404, 422, 404, 422, 404, 403],
  },
  {
    route: 'GET alert',
    path: (c) => `/api/fieldwork/alerts/${c.alertId}`,
    expect: [401, 200, 404, 200, 404, 404, 404, 404],
  },
  {
    // Only the lead inspector follows an alert; the raiser who may see it is refused by the lifecycle.
    route: 'POST alert outcome (the alert is not yet acknowledged)',
    path: (c) => `/api/fieldwork/alerts/${c.alertId}/outcome`,
    body: () => ({ outcome: 'Not theirs to close.' }),
    expect: [401, 409, 404, 409, 404, 404, 404, 404],
  },
];

describe('authorization of QA and safeguarding endpoints: role × membership × ownership', () => {
  let system: System;
  let ctx: Ctx;
  const callers = new Map<CallerKey, Caller>();
  let before: Json;

  const snapshot = async () => ({
    review: await system.fieldworkDb.caseReview.findUniqueOrThrow({ where: { taskId: ctx.taskId } }),
    alerts: await system.fieldworkDb.safeguardingAlert.findMany({ where: { taskId: ctx.taskId } }),
    blind: await system.fieldworkDb.blindJudgement.count({ where: { taskId: ctx.taskId } }),
    settings: (
      await system.inspectionDb.qaSettings.findUniqueOrThrow({ where: { inspectionId: ctx.inspectionId } })
    ).policy,
  });

  beforeAll(async () => {
    system = await startSystem();
    for (const key of COLUMNS) {
      const { userId, roles } = CALLERS[key];
      if (userId) callers.set(key, callerAs(system, userId, roles));
    }
    const lead = callers.get('lead')!;
    const inspection = await inspectionInFieldwork(system, lead, {
      team: [PEOPLE.inspector, { userId: 'assessor-1', role: 'local-assessor' }, PEOPLE.reviewer],
      sampleSize: 2,
    });
    await setQaSettings(system, lead, inspection.id, SETTINGS);
    const target = inspection.cases.find((entry) => entry.assigneeId === 'inspector-1')!;
    const owner = callers.get('owner')!;
    const path = `/api/fieldwork/tasks/${target.taskId}`;
    await submitCompleteCase(owner, target.taskId);
    const alert = await owner('POST', `${path}/alerts`, anAlert());
    expect(alert.status).toBe(201);
    ctx = {
      inspectionId: inspection.id,
      taskId: target.taskId,
      alertId: alert.body.alertId,
      reviewVersion: async () =>
        (await system.fieldworkDb.caseReview.findUniqueOrThrow({ where: { taskId: target.taskId } })).version,
    };
    await eventually('the case in QA', async () => ((await ctx.reviewVersion()) === 0 ? true : undefined));
    before = await snapshot();
  }, 180_000);

  afterAll(async () => {
    await system?.temporal.workflow
      .getHandle(ctx?.inspectionId ?? 'none')
      .terminate('authorization test done')
      .catch(() => undefined);
    await system?.stop();
  });

  const baseOf = (path: string) =>
    path.startsWith('/api/inspections') ? system.inspection.url : system.fieldwork.url;

  for (const endpoint of ENDPOINTS) {
    const method = endpoint.route.split(' ')[0]!;
    it(`${endpoint.route}: ${COLUMNS.map((key, i) => `${key} ${endpoint.expect[i]}`).join(', ')}`, async () => {
      const got: number[] = [];
      for (const key of COLUMNS) {
        const body = endpoint.body ? await endpoint.body(ctx, key) : undefined;
        const caller = callers.get(key);
        const response = caller
          ? await caller(method, endpoint.path(ctx), body)
          : await fetch(`${baseOf(endpoint.path(ctx))}${endpoint.path(ctx)}`, { method }).then((r) => ({
              status: r.status,
            }));
        got.push(response.status);
      }
      expect(Object.fromEntries(COLUMNS.map((key, i) => [key, got[i]]))).toEqual(
        Object.fromEntries(COLUMNS.map((key, i) => [key, endpoint.expect[i]])),
      );
    });
  }

  it('left the review, the alert, the blind judgements and the settings as they were', async () => {
    expect(await snapshot()).toEqual(before);
  });
});
