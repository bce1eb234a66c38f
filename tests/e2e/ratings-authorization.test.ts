// The authorization matrix of the ratings service, over HTTP on the real stack: every route called by every
// kind of caller. The token's roles decide the kind of action and the inspection's team (the ratings
// service's read model of the inspection service's team events) which inspection: a caller outside the team
// is told the inspection does not exist. Callers who may act get past authorization to the route's own answer.
import { describe, expect, it } from 'vitest';
import type { RatingsPanelInput, Role } from '@yji/contracts';
import { RATINGS_PANEL_WORKFLOW, ratingsPanelWorkflowId } from '@yji/workflows';
import {
  apiClient,
  callerAs,
  eventually,
  FIELDWORK_START_AHEAD,
  inspectionInFieldwork,
  PEOPLE,
  tokenFor,
  useSystem,
  type Json,
} from '../harness/index.ts';

const system = useSystem();

const CALLERS = {
  anon: undefined,
  lead: { userId: 'lead-1', roles: ['lead-inspector'] },
  leadInspectorToken: { userId: 'lead-1', roles: ['inspector'], unseeded: true },
  chair: { userId: 'chair-1', roles: ['panel-chair'] },
  inspector: { userId: 'inspector-1', roles: ['inspector'] },
  qa: { userId: 'qa-1', roles: ['qa-reviewer'] },
  outsideChair: { userId: 'chair-2', roles: ['panel-chair'] },
} satisfies Record<string, { userId: string; roles: Role[]; unseeded?: boolean } | undefined>;
type CallerKey = keyof typeof CALLERS;
const COLUMNS = Object.keys(CALLERS) as CallerKey[];

interface Row {
  method: string;
  path: string;
  /** What the caller sends, from the state as it is when they call. */
  body?: (pack: Json) => unknown;
  /** One status per caller, in COLUMNS order. */
  expect: number[];
  /** What a 404 says is not there for a caller on the team, past authorization; by default the inspection. */
  onTeamNotFound?: string;
}

// Columns: anon, lead, lead-1 with an inspector token, chair, inspector, qa (on the team), chair-2 (not on it).
const ROWS: Row[] = [
  { method: 'GET', path: '/pack', expect: [401, 200, 403, 200, 200, 403, 404] },
  { method: 'GET', path: '/final', expect: [401, 200, 403, 200, 200, 403, 404] },
  {
    method: 'PUT',
    path: '/proposals/1.1',
    body: (pack) => ({
      version: pack.standards.find(({ id }: Json) => id === '1.1').proposal?.version ?? 0,
      rating: 'Good',
      items: [],
    }),
    expect: [401, 200, 403, 403, 403, 403, 404],
  },
  {
    method: 'PUT',
    path: '/settings',
    body: (pack) => ({ version: pack.settings.version, desistanceFirst: false }),
    expect: [401, 200, 403, 200, 403, 403, 404],
  },
  {
    method: 'PUT',
    path: '/decisions/2.1',
    body: (pack) => ({
      version: pack.standards.find(({ id }: Json) => id === '2.1').decision?.version ?? 0,
      decision: 'up',
      to: 'Good',
      rationale: 'No case yet; the panel decides.',
    }),
    expect: [401, 200, 403, 200, 200, 403, 404],
  },
  // The chair gets past authorization to the panel's own refusal: standards are still undecided.
  { method: 'POST', path: '/approval', expect: [401, 403, 403, 409, 403, 403, 404] },
  // The panel gets past authorization to "decision not found": no decision has this id.
  {
    method: 'GET',
    path: '/outcomes/00000000-0000-4000-8000-000000000001',
    expect: [401, 404, 403, 404, 404, 403, 404],
    onTeamNotFound: 'decision not found',
  },
];

describe('who may use the ratings service', () => {
  it('answers every route for every caller as the matrix says', async () => {
    const lead = callerAs(system, 'lead-1', ['lead-inspector']);
    const inspection = await inspectionInFieldwork(system, lead, {
      team: [PEOPLE.inspector, PEOPLE.reviewer, PEOPLE.chair],
      fieldworkStart: FIELDWORK_START_AHEAD,
      seed: 'ratings-authorization',
    });
    const input: RatingsPanelInput = {
      inspectionId: inspection.id,
      leadInspectorId: 'lead-1',
      custodyCases: 0,
      frameworks: { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-v3.6', standards: 'standards-2020' },
    };
    await system.temporal.workflow.start(RATINGS_PANEL_WORKFLOW, {
      workflowId: ratingsPanelWorkflowId(inspection.id),
      taskQueue: system.env.TEMPORAL_TASK_QUEUE,
      args: [input],
    });
    const chair = callerAs(system, 'chair-1', ['panel-chair']);
    const base = `/api/ratings/inspections/${inspection.id}`;
    await eventually('the ratings service to know the team and the panel', async () => {
      const members = await system.ratingsDb.teamMembership.count({ where: { inspectionId: inspection.id } });
      const pack = await chair('GET', `${base}/pack`);
      return members === 4 && pack.status === 200 ? true : undefined;
    });

    const call = apiClient(system);
    const answers: string[] = [];
    const wanted: string[] = [];
    for (const row of ROWS) {
      for (const [index, key] of COLUMNS.entries()) {
        const caller = CALLERS[key];
        const token = caller
          ? await tokenFor(caller.userId, caller.roles, { allowUnseeded: 'unseeded' in caller })
          : undefined;
        const pack = (await chair('GET', `${base}/pack`)).body;
        const response = await call(token, row.method, `${base}${row.path}`, row.body?.(pack));
        answers.push(`${row.method} ${row.path} as ${key}: ${response.status}`);
        wanted.push(`${row.method} ${row.path} as ${key}: ${row.expect[index]}`);
        const onTeam = key !== 'outsideChair';
        if (response.status === 404)
          expect(response.body.error.message).toBe((onTeam && row.onTeamNotFound) || 'inspection not found');
      }
    }
    expect(answers).toEqual(wanted);
  });
});
