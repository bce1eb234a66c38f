// Calls the services under test over HTTP as a given caller, and brings an inspection to fieldwork through
// the API the way a lead inspector does: created, team set, long list loaded, sample drawn and confirmed,
// cases assigned automatically; then waits until the fieldwork service has every task assigned and knows
// the team, so a test can act as any assessor straight away.
import type { Role } from '@yji/contracts';
import type { SignOptions } from '@yji/dev-idp';
import { daysAfter, FIELDWORK_START_AHEAD } from './dates.ts';
import { decidingAs } from './decisions.ts';
import { eventually, type Polling, type System } from './system.ts';
import { longListCsv } from './long-list.ts';
import { PEOPLE, type Person } from './people.ts';
import { tokenFor } from './tokens.ts';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export interface ApiResponse {
  status: number;
  body: Json;
}
export type ApiCall = (
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
) => Promise<ApiResponse>;

/**
 * A caller of the system: paths under /api/fieldwork go to the fieldwork service, under /api/ratings to the
 * ratings service, under /api/publication to the publication service, the rest to the inspection service. No token sends no Authorization header; a string
 * body is sent as text/csv, anything else as JSON.
 */
/** Where each service under test answers. */
export type ServiceUrls = Record<'inspection' | 'fieldwork' | 'ratings' | 'publication', { url: string }>;

export function apiClient(system: ServiceUrls): ApiCall {
  return async (token, method, path, body) => {
    const base = path.startsWith('/api/fieldwork')
      ? system.fieldwork.url
      : path.startsWith('/api/ratings')
        ? system.ratings.url
        : path.startsWith('/api/publication')
          ? system.publication.url
          : system.inspection.url;
    const csv = typeof body === 'string';
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': csv ? 'text/csv' : 'application/json' }),
      },
      body: body === undefined ? undefined : csv ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Json) : {} };
  };
}

/** Calls the system as one person; paths and bodies as for `apiClient`. */
export type Caller = (method: string, path: string, body?: unknown) => Promise<ApiResponse>;

/** A caller holding a token for `userId` with `roles`, signed on the first call. */
export function callerAs(
  system: ServiceUrls,
  userId: string,
  roles: readonly Role[],
  options: SignOptions = {},
): Caller {
  const call = apiClient(system);
  let token: Promise<string> | undefined;
  return async (method, path, body) =>
    call(await (token ??= tokenFor(userId, roles, options)), method, path, body);
}

/** A caller for each of PEOPLE, holding a token with their one role (each signed on its first call). */
export function callersOf(system: ServiceUrls): Record<Person, Caller> {
  const entries = Object.entries(PEOPLE).map(([person, { userId, role }]) => [
    person,
    callerAs(system, userId, [role]),
  ]);
  return Object.fromEntries(entries) as Record<Person, Caller>;
}

/** A valid body for POST /api/inspections: fieldwork of twelve days, assessments due two days before its end. */
export function inspectionBody(fieldworkStart = FIELDWORK_START_AHEAD, sampleSize = 4) {
  const day = (offset: number) => daysAfter(fieldworkStart, offset);
  return {
    yjs: { name: 'Westmoor Youth Justice Service', code: 'WMR' },
    fieldworkStart,
    fieldworkEnd: day(11),
    frameworks: { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-v3.6', standards: 'standards-2020' },
    sample: { size: sampleSize },
    deadlines: { assessmentsDue: day(9), reminderDaysBefore: 2 },
  };
}

/**
 * Creates an inspection as `lead` from `body` and answers its id once it is stored: at once (201), or when the
 * worker was slow to store it (202, a busy machine) once it can be read.
 */
export async function startInspection(lead: Caller, body: object, polling?: Polling): Promise<string> {
  const created = await lead('POST', '/api/inspections', body);
  if (created.status !== 201 && created.status !== 202)
    throw new Error(`POST /api/inspections: ${created.status} ${JSON.stringify(created.body)}`);
  const { id } = created.body as { id: string };
  if (created.status === 202)
    await eventually(
      'the inspection to be stored',
      async () => ((await lead('GET', `/api/inspections/${id}`)).status === 200 ? true : undefined),
      polling,
    );
  return id;
}

/** The frameworks of a 2016 full joint inspection with its courts module (its other slots name none). */
export const FJI_2016_FRAMEWORKS = {
  courtDisposals: 'fji-sqs-2016',
  outOfCourt: 'none',
  standards: 'none',
  programme: { name: 'fji', modules: ['courts'] },
};

export interface FieldworkSetUp {
  /** The team the lead sets (the lead stays on it). */
  team: { userId: string; role: Role; capacity?: number; conflicts?: string[] }[];
  sampleSize?: number;
  /** Default FIELDWORK_START_AHEAD, as inspectionBody's. */
  fieldworkStart?: string;
  longListRows?: number;
  seed?: string;
  /** Changes to the create body, e.g. a 2016 inspection's frameworks, programme and country. */
  adjust?: (body: ReturnType<typeof inspectionBody>) => object;
  /** Which long-list data rows to upload (a 2016 inspection takes court cases only). */
  keepRow?: (row: string) => boolean;
  /** Each uploaded data row as the test wants it, e.g. with demographics of its own to look for later. */
  mapRow?: (row: string) => string;
}

export interface InspectionInFieldwork {
  id: string;
  /** Every case of the confirmed sample with its task and assessor, by case reference. */
  cases: { caseRef: string; taskId: string; assigneeId: string }[];
}

/**
 * Creates an inspection as `lead` and brings it to fieldwork with every case assigned; `at` makes a path of
 * its API (`at('/team')` is /api/inspections/<id>/team).
 */
export async function inspectionInFieldwork(
  system: Pick<System, 'fieldworkDb'>,
  lead: Caller,
  setUp: FieldworkSetUp,
): Promise<InspectionInFieldwork & { at: (path: string) => string }> {
  const {
    sampleSize = 4,
    fieldworkStart = FIELDWORK_START_AHEAD,
    longListRows = 40,
    seed = 'fieldwork',
  } = setUp;
  const { adjust = (body) => body, keepRow = () => true, mapRow = (row) => row } = setUp;
  const decide = decidingAs(lead);
  const id = await startInspection(lead, adjust(inspectionBody(fieldworkStart, sampleSize)));
  const at = (path: string) => `/api/inspections/${id}${path}`;
  // Each case's workflow creates and assigns its task: a large sample on a busy machine takes its time.
  const settled = <T>(what: string, probe: () => Promise<T | undefined>) =>
    eventually(what, probe, { timeoutMs: Math.max(60_000, sampleSize * 2_000) });
  const team = await decide('PUT', at('/team'), { members: setUp.team });
  const [header, ...rows] = longListCsv(fieldworkStart, longListRows).trim().split('\n');
  await decide('POST', at('/long-list'), `${[header, ...rows.filter(keepRow).map(mapRow)].join('\n')}\n`);
  await decide('POST', at('/sample'), { seed });
  await decide('POST', at('/sample/confirm'));
  await settled('every case task to exist', async () => {
    const progress = await lead('GET', at('/progress'));
    return progress.body.totals?.cases === sampleSize ? true : undefined;
  });
  await decide('POST', at('/assignments'), { mode: 'auto' });

  // The fieldwork service learns assignments through the case workflows and the team through events.
  const tasks = await settled('every task assigned in fieldwork', async () => {
    const found = await system.fieldworkDb.caseTask.findMany({
      where: { inspectionId: id },
      orderBy: { caseRef: 'asc' },
    });
    return found.length === sampleSize && found.every((task) => task.assigneeId && task.state === 'assigned')
      ? found
      : undefined;
  });
  const members = (team.members as { userId: string; role: string }[]).map((m) => `${m.userId}:${m.role}`);
  await eventually('the fieldwork service to know the team', async () => {
    const known = await system.fieldworkDb.teamMembership.findMany({ where: { inspectionId: id } });
    const keys = known.map((m) => `${m.userId}:${m.role}`).sort();
    return JSON.stringify(keys) === JSON.stringify([...members].sort()) ? true : undefined;
  });
  return {
    id,
    cases: tasks.map((task) => ({ caseRef: task.caseRef, taskId: task.id, assigneeId: task.assigneeId! })),
    at,
  };
}
