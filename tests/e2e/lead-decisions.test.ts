// A lead inspector's decisions about one case in fieldwork, each through the inspection workflow: a
// reassignment and an exclusion reach the fieldwork service (the task's new assessor; the excluded case's
// task withdrawn and its replacement's created) and end in their events; a refusal answers with the
// catalogue's code. A decision not carried out within DECISION_WAIT_MS (the default; here the worker is
// stopped) answers 202 with a Location, and the Location answers 200 once it is done, or the refusal it met;
// a decision sent while another is under way is judged when its turn comes. Manual assignments beyond an
// assessor's capacity are refused whole; an exclusion of a case excluded already is refused, and holds up
// nothing after it.
import { describe, expect, it } from 'vitest';
import { caseExcluded, caseReassigned } from '@yji/contracts';
import { DEFAULT_DECISION_WAIT_MS } from '@yji/inspection';
import {
  callersOf,
  carriedOut,
  decisionOutcome,
  eventsOn,
  eventually,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  inspectionInFieldwork,
  longListCsv,
  tokenFor,
  ownWorker,
  TWO_INSPECTORS,
  useSystem,
} from '../harness/index.ts';

describe('lead decisions in fieldwork', () => {
  const system = useSystem();
  const { lead } = callersOf(system);

  it(
    'reassign and exclude through the inspection workflow, to the fieldwork tasks and the events',
    { timeout: 180_000 },
    async () => {
      const { id, cases, at } = await inspectionInFieldwork(system, lead, {
        team: TWO_INSPECTORS,
        sampleSize: 3,
      });
      const [moved, excluded, submitted] = cases;

      const reassigned = await lead('PUT', at(`/cases/${moved!.caseRef}/assignee`), {
        assigneeId: 'inspector-2',
      });
      expect(reassigned.status).toBe(200);
      expect(reassigned.body).toMatchObject({
        caseRef: moved!.caseRef,
        state: 'assigned',
        assigneeId: 'inspector-2',
      });
      const task = await system.fieldworkDb.caseTask.findUniqueOrThrow({ where: { id: moved!.taskId } });
      expect(task.assigneeId).toBe('inspector-2');
      const reassignedEvents = await eventually('the reassignment event', async () => {
        const found = (await eventsOn(system.nc, caseReassigned.subject)).filter(
          (event) => (event.payload as { inspectionId: string }).inspectionId === id,
        );
        return found.length ? found : undefined;
      });
      expect(reassignedEvents.map((event) => event.payload)).toEqual([
        { inspectionId: id, caseRef: moved!.caseRef, taskId: moved!.taskId, assigneeId: 'inspector-2' },
      ]);

      const afterExclusion = await lead('POST', at('/sample/exclusions'), {
        caseRef: excluded!.caseRef,
        reason: 'custody transfer to another service',
      });
      expect(afterExclusion.status).toBe(200);
      const exclusion = (afterExclusion.body.excluded as { caseRef: string; replacedBy: string }[]).find(
        (entry) => entry.caseRef === excluded!.caseRef,
      )!;
      const withdrawnTask = await system.fieldworkDb.caseTask.findUniqueOrThrow({
        where: { id: excluded!.taskId },
      });
      expect(withdrawnTask.state).toBe('withdrawn');
      await eventually('the replacement task', () =>
        system.fieldworkDb.caseTask
          .findFirst({ where: { inspectionId: id, caseRef: exclusion.replacedBy } })
          .then((found) => found ?? undefined),
      );
      const excludedEvents = await eventually('the exclusion event', async () => {
        const found = (await eventsOn(system.nc, caseExcluded.subject)).filter(
          (event) => (event.payload as { inspectionId: string }).inspectionId === id,
        );
        return found.length ? found : undefined;
      });
      expect(excludedEvents.map((event) => event.payload)).toEqual([
        { inspectionId: id, caseRef: excluded!.caseRef, replacedBy: exclusion.replacedBy },
      ]);

      // Refusals, each with the catalogue's code: a case not in the sample, a person not an assessor.
      const unknown = await lead('PUT', at('/cases/C9999/assignee'), { assigneeId: 'inspector-2' });
      expect([unknown.status, unknown.body.error.code]).toEqual([404, 'not-found']);
      const notAssessor = await lead('PUT', at(`/cases/${submitted!.caseRef}/assignee`), {
        assigneeId: 'lead-1',
      });
      expect([notAssessor.status, notAssessor.body.error.code]).toEqual([422, 'not-an-assessor']);
    },
  );

  it(
    'refuses manual assignments beyond an assessor’s capacity, whole, and an exclusion of a case excluded already',
    { timeout: 180_000 },
    async () => {
      const { id, cases, at } = await inspectionInFieldwork(system, lead, {
        team: [
          { userId: 'inspector-1', role: 'inspector' as const, capacity: 3 },
          { userId: 'inspector-2', role: 'inspector' as const },
        ],
        sampleSize: 4,
      });
      const held = async () =>
        (await system.inspectionDb.sampledCase.findMany({ where: { inspectionId: id, withdrawnAt: null } }))
          .map(({ caseRef, assigneeId }) => `${caseRef}:${assigneeId}`)
          .sort();
      const before = await held();
      // Four cases for an assessor with room for three: each case is judged with the ones before it taken.
      const overCapacity = await lead('POST', at('/assignments'), {
        mode: 'manual',
        assignments: cases.map(({ caseRef }) => ({ caseRef, assigneeId: 'inspector-1' })),
      });
      expect([overCapacity.status, overCapacity.body.error.code]).toEqual([422, 'cannot-assign']);
      expect(await held()).toEqual(before);

      // A excluded (B replaces it), then B (C replaces it): A asked again is no longer in the sample.
      const exclude = (caseRef: string) =>
        lead('POST', at('/sample/exclusions'), { caseRef, reason: 'custody transfer to another service' });
      const [first] = cases;
      const replacedBy = async (caseRef: string) => {
        const answer = await exclude(caseRef);
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        return (answer.body.excluded as { caseRef: string; replacedBy: string }[]).find(
          (entry) => entry.caseRef === caseRef,
        )!.replacedBy;
      };
      await replacedBy(await replacedBy(first!.caseRef));
      const again = await exclude(first!.caseRef);
      expect([again.status, again.body.error.code, again.body.error.message]).toEqual([
        409,
        'not-in-sample',
        'the case is excluded already',
      ]);
      // The refusal held up nothing: the next decision is taken.
      const { assigneeId: holder } = await system.inspectionDb.sampledCase.findFirstOrThrow({
        where: { inspectionId: id, caseRef: cases[1]!.caseRef },
      });
      const reassigned = await lead('PUT', at(`/cases/${cases[1]!.caseRef}/assignee`), {
        assigneeId: holder === 'inspector-1' ? 'inspector-2' : 'inspector-1',
      });
      expect(reassigned.status, JSON.stringify(reassigned.body)).toBe(200);
    },
  );
});

describe('a decision that takes longer than the request waits (the default DECISION_WAIT_MS)', () => {
  // No worker but the one the test runs: with none polling, the workflow cannot carry a decision out.
  const system = useSystem({ worker: false, env: { DECISION_WAIT_MS: String(DEFAULT_DECISION_WAIT_MS) } });
  const { lead } = callersOf(system);
  const worker = ownWorker(system);

  it(
    'answers 202 with a Location while no worker runs, which answers 200 once the decision is carried out, or why it was refused',
    { timeout: 300_000 },
    async () => {
      await worker.start();
      const created = await lead('POST', '/api/inspections', inspectionBody());
      expect(created.status).toBe(201);
      const at = (path: string) => `/api/inspections/${created.body.id}${path}`;
      const loaded = await lead('POST', at('/long-list'), longListCsv(FIELDWORK_START_AHEAD, 40));
      expect((await carriedOut(lead, loaded)).status).toBe(200);
      expect((await carriedOut(lead, await lead('POST', at('/sample'), {}))).status).toBe(200);
      await worker.stop();

      // Sent by hand to read the answer's headers. With no worker the decision cannot be carried out, so an
      // answer at all shows the request's wait is bounded; how long it takes (the 1 s budget) is the lifecycle
      // bench's to measure (bench/lifecycle.bench.ts, the lead's decision latencies), not a timed test's.
      const token = await tokenFor('lead-1', ['lead-inspector']);
      const confirm = await fetch(`${system.inspection.url}${at('/sample/confirm')}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(confirm.status).toBe(202);
      const location = confirm.headers.get('location')!;
      expect(await confirm.json()).toMatchObject({
        error: { code: 'decision-in-progress', details: { location } },
      });
      expect(location).toMatch(new RegExp(`^${at('/decisions/')}[0-9a-f-]{36}$`));
      expect((await lead('GET', location)).status).toBe(202);
      // Sent before the confirmation is carried out, the assignment waits its turn, when fieldwork takes it.
      const assign = await lead('POST', at('/assignments'), { mode: 'auto' });
      expect(assign.status).toBe(202);

      await worker.start();
      const done = await decisionOutcome(lead, location);
      expect([done.status, done.body]).toEqual([200, { decisionId: expect.any(String), status: 'done' }]);
      // The decision took effect: the confirmed sample moved the inspection on to fieldwork.
      expect((await lead('GET', at(''))).body.workflow).toMatchObject({
        phase: 'fieldwork',
        sample: { confirmed: true },
      });
      expect((await carriedOut(lead, assign)).status).toBe(200);

      // A decision the workflow refuses after the request stopped waiting: its Location says why.
      await worker.stop();
      const again = await lead('POST', at('/sample/confirm'));
      expect(again.status).toBe(202);
      await worker.start();
      const refused = await carriedOut(lead, again);
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({
        code: 'not-allowed-now',
        message: expect.stringContaining(
          'the inspection is in fieldwork; this can be done only while it is in sampling',
        ),
      });
      const unknown = await lead('GET', at('/decisions/00000000-0000-4000-8000-000000000000'));
      expect([unknown.status, unknown.body.error.code]).toEqual([404, 'not-found']);
      expect(unknown.body.error.message).toMatch(/decision/);
    },
  );
});
