// The walking skeleton end to end, over HTTP, against real Temporal, NATS and PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectionCreated } from '@yji/contracts';
import { inspectionStateQuery } from '@yji/workflows';
import {
  daysAfter,
  eventually,
  eventsOn,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  useSystem,
} from '../harness/index.ts';

// The court share and the reminder lead are left to their defaults.
const START = FIELDWORK_START_AHEAD;
const validBody = {
  ...inspectionBody(START, 20),
  yjs: { name: 'Northshire Youth Justice Service', code: 'NSH-01' },
  deadlines: { assessmentsDue: daysAfter(START, 9) },
};

describe('creating an inspection', () => {
  const system = useSystem();
  let leadToken: string;
  beforeAll(async () => {
    leadToken = await system.tokenFor('lead-1', ['lead-inspector']);
  });

  const post = (body: unknown, authorization: string | null = `Bearer ${leadToken}`) =>
    fetch(`${system.inspection.url}/api/inspections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });
  const get = (path: string) =>
    fetch(`${system.inspection.url}${path}`, { headers: { authorization: `Bearer ${leadToken}` } });

  it('stores the inspection, runs its workflow and publishes inspection.created once', async () => {
    const response = await post(validBody);
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };

    // 201 means stored: the lead can read it at once.
    const res = await get(`/api/inspections/${id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id,
      record: {
        yjs: validBody.yjs,
        fieldworkStart: START,
        fieldworkEnd: daysAfter(START, 11),
        frameworks: validBody.frameworks,
        sample: { size: 20, courtShare: 0.6 },
        deadlines: { assessmentsDue: daysAfter(START, 9), reminderDaysBefore: 3 },
        leadInspectorId: 'lead-1',
        createdAt: expect.any(String),
      },
      workflow: { inspectionId: id, phase: 'set-up', recorded: true, longList: null, sample: null },
    });

    const row = await system.inspectionDb.inspection.findUniqueOrThrow({ where: { id } });
    expect(row.yjsCode).toBe('NSH-01');
    expect(await system.temporal.workflow.getHandle(id).query(inspectionStateQuery)).toMatchObject({
      phase: 'set-up',
    });

    const events = await eventually('the created event', async () => {
      const found = (await eventsOn(system.nc, inspectionCreated.subject)).filter(
        (event) => (event.payload as { inspectionId: string }).inspectionId === id,
      );
      return found.length ? found : undefined;
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toEqual({
      inspectionId: id,
      yjsCode: 'NSH-01',
      yjsName: 'Northshire Youth Justice Service',
      fieldworkStart: START,
    });
    const outbox = await system.inspectionDb.outboxMessage.findUniqueOrThrow({
      where: { id: events[0]!.msgId! },
    });
    expect(outbox.publishedAt).not.toBeNull();

    const listed = await eventually('the search attribute to be indexed', async () => {
      for await (const workflow of system.temporal.workflow.list({
        query: `WorkflowId = '${id}' AND YjiInspectionPhase = 'set-up'`,
      })) {
        return workflow.workflowId;
      }
      return undefined;
    });
    expect(listed).toBe(id);
  });

  it('answers 404 for an inspection that does not exist', async () => {
    const res = await get('/api/inspections/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not-found', message: 'inspection not found' } });
  });

  it('refuses a bad body with a message per field and changes nothing', async () => {
    const rowsBefore = await system.inspectionDb.inspection.count();
    const outboxBefore = await system.inspectionDb.outboxMessage.count();
    const eventsBefore = (await eventsOn(system.nc, inspectionCreated.subject)).length;

    const response = await post({
      ...validBody,
      yjs: { name: '', code: 'lower case' },
      fieldworkStart: '2026-02-30',
      sample: { size: 0 },
      extra: true,
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; details: { field: string }[] } };
    expect(error.code).toBe('invalid-request');
    expect(error.details.map((d) => d.field).sort()).toEqual(
      ['body', 'body.fieldworkStart', 'body.sample.size', 'body.yjs.code', 'body.yjs.name'].sort(),
    );

    const wrongDomain = await post({
      ...validBody,
      frameworks: { ...validBody.frameworks, courtDisposals: 'd3-v3.6' },
    });
    expect(wrongDomain.status).toBe(400);
    expect(((await wrongDomain.json()) as { error: { message: string } }).error.message).toBe(
      'body.frameworks.courtDisposals: is not a domain two framework',
    );

    const workflowsOnQueue = await system.temporal.workflow.count(
      `TaskQueue = '${system.env.TEMPORAL_TASK_QUEUE}'`,
    );
    expect(await system.inspectionDb.inspection.count()).toBe(rowsBefore);
    expect(await system.inspectionDb.outboxMessage.count()).toBe(outboxBefore);
    expect((await eventsOn(system.nc, inspectionCreated.subject)).length).toBe(eventsBefore);
    // Only the first test's workflow ran on this run's task queue.
    expect(workflowsOnQueue.count).toBe(1);
  });

  it('refuses a caller without a good token with 401, and changes nothing', async () => {
    const rowsBefore = await system.inspectionDb.inspection.count();
    const [header, payload] = leadToken.split('.');
    const otherSignature = (await system.tokenFor('inspector-1', ['inspector'])).split('.')[2];
    const refused: [string | null, string][] = [
      [null, 'a bearer token is required'],
      [`Bearer ${header}.${payload}.${otherSignature}`, 'the token is not valid'],
      [
        `Bearer ${await system.tokenFor('lead-1', ['lead-inspector'], { audience: 'another-api' })}`,
        'the token\'s "aud" claim is not valid',
      ],
      [
        `Bearer ${await system.tokenFor('lead-1', ['lead-inspector'], { ttlSeconds: -120 })}`,
        'the token has expired',
      ],
    ];
    for (const [authorization, message] of refused) {
      const response = await post(validBody, authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="yji"/);
      expect(await response.json()).toEqual({ error: { code: 'unauthenticated', message } });
    }
    expect(await system.inspectionDb.inspection.count()).toBe(rowsBefore);
  });
});
