// The ratings panel's and the publication's decisions wait for their workflow DECISION_WAIT_MS at most, as the
// lead's decisions on the inspection do: with no worker running, a correction of a rating and the sending of
// the report for the factual accuracy check each answer 202 decision-in-progress, their Location the resource
// that shows them once done, and are carried out once a worker runs. (They waited without bound: the
// request, and the person's page, hung for as long as the worker was away.)
import { describe, expect, it } from 'vitest';
import type { Role } from '@yji/contracts';
import {
  callersOf,
  eventually,
  FIELDWORK_START_AHEAD,
  inspectionWithApprovedRatings,
  tokenFor,
  ownWorker,
  useSystem,
  type Json,
} from '../harness/index.ts';

describe("the panel's and the publication's decisions while no worker runs", () => {
  // No worker but the one the test runs: with none polling, a workflow cannot carry a decision out.
  const system = useSystem({ worker: false, env: { DECISION_WAIT_MS: '2000' } });
  const worker = ownWorker(system);

  it(
    'answer 202 with the resource that shows them as Location, and are carried out once a worker runs',
    { timeout: 300_000 },
    async () => {
      await worker.start();
      const { lead, chair } = callersOf(system);
      const { inspection } = await inspectionWithApprovedRatings(system, {
        seed: 'later-decisions',
        fieldworkStart: FIELDWORK_START_AHEAD,
      });
      const { id } = inspection;
      const panel = `/api/ratings/inspections/${id}`;
      const report = `/api/publication/inspections/${id}`;
      const draft = { version: 0, overview: 'The board met monthly.', findings: [], recommendations: [] };
      expect((await lead('PUT', `${report}/draft`, draft)).status).toBe(200);
      // A standard the panel rated above Inadequate, to correct down.
      const standard = ((await chair('GET', `${panel}/pack`)).body.standards as Json[]).find(
        (candidate) => candidate.rating !== null && candidate.rating !== 'Inadequate',
      )!;
      await worker.stop();

      // Sent by hand to read the answers' headers.
      const send = async (userId: string, roles: Role[], method: string, path: string, body: Json) =>
        fetch(`${path.startsWith('/api/ratings') ? system.ratings.url : system.publication.url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${await tokenFor(userId, roles)}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify(body),
        });
      const correction = await send('chair-1', ['panel-chair'], 'PUT', `${panel}/decisions/${standard.id}`, {
        version: (standard.decision as Json | null)?.version ?? 0,
        decision: 'down',
        to: 'Inadequate',
        rationale: 'The partnership review came after the panel.',
      });
      expect(correction.status).toBe(202);
      expect(correction.headers.get('location')).toBe(`${panel}/pack`);
      expect(((await correction.json()) as Json).error.code).toBe('decision-in-progress');
      const sent = await send('lead-1', ['lead-inspector'], 'POST', `${report}/factual-check`, {
        version: 1,
      });
      expect(sent.status).toBe(202);
      expect(sent.headers.get('location')).toBe(`${report}/factual-check`);
      expect((await lead('GET', `${report}/factual-check`)).status).toBe(404);

      await worker.start();
      const check = await eventually('the report sent for the factual accuracy check', async () => {
        const response = await lead('GET', `${report}/factual-check`);
        return response.status === 200 ? response.body : undefined;
      });
      expect(check.draft.version).toBe(1);
      const corrected = await eventually('the correction in the pack', async () => {
        const pack = (await chair('GET', `${panel}/pack`)).body;
        const entry = (pack.standards as Json[]).find((candidate) => candidate.id === standard.id);
        return (entry?.decision as Json | null)?.correction ? entry!.decision : undefined;
      });
      expect(corrected).toMatchObject({ decision: 'down', to: 'Inadequate', decidedBy: 'chair-1' });
    },
  );
});
