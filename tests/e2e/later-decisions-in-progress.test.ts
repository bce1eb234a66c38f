// The ratings panel's and the publication's decisions wait for their workflow DECISION_WAIT_MS at most, as the
// lead's decisions on the inspection do: with no worker running, a correction of a rating and the sending of
// the report for the factual accuracy check each answer 202 decision-in-progress, their Location the
// decision's outcome (still in progress while no worker runs), and are carried out once a worker runs. A
// second correction made on the same version is refused on its turn, after its 202, and its outcome says so:
// the pack, the only Location these decisions had, could never show that refusal.
import { describe, expect, it } from 'vitest';
import type { Role } from '@yji/contracts';
import {
  callersOf,
  decisionOutcome,
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
    'answer 202 with their outcome as Location, which says once a worker runs whether each was carried out or refused',
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
      const correct = (rationale: string) =>
        send('chair-1', ['panel-chair'], 'PUT', `${panel}/decisions/${standard.id}`, {
          version: (standard.decision as Json | null)?.version ?? 0,
          decision: 'down',
          to: 'Inadequate',
          rationale,
        });
      const correction = await correct('The partnership review came after the panel.');
      expect(correction.status).toBe(202);
      expect(((await correction.json()) as Json).error.code).toBe('decision-in-progress');
      const outcome = correction.headers.get('location')!;
      expect(outcome).toMatch(new RegExp(`^${panel}/outcomes/[0-9a-f-]{36}$`));
      const stillGoing = await chair('GET', outcome);
      expect([stillGoing.status, stillGoing.body.error.code]).toEqual([202, 'decision-in-progress']);
      // Made on the version the first correction replaces, so refused once the first is carried out.
      const staleOutcome = (await correct('A second look at the same version.')).headers.get('location')!;
      expect(staleOutcome).toMatch(new RegExp(`^${panel}/outcomes/[0-9a-f-]{36}$`));
      const sent = await send('lead-1', ['lead-inspector'], 'POST', `${report}/factual-check`, {
        version: 1,
      });
      expect(sent.status).toBe(202);
      const sentOutcome = sent.headers.get('location')!;
      expect(sentOutcome).toMatch(new RegExp(`^${report}/outcomes/[0-9a-f-]{36}$`));
      expect((await lead('GET', `${report}/factual-check`)).status).toBe(404);

      await worker.start();
      expect((await decisionOutcome(lead, sentOutcome)).body).toEqual({
        decisionId: sentOutcome.split('/').pop(),
        status: 'done',
      });
      const check = (await lead('GET', `${report}/factual-check`)).body;
      expect(check.draft.version).toBe(1);
      expect((await decisionOutcome(chair, outcome)).status).toBe(200);
      const refused = await decisionOutcome(chair, staleOutcome);
      expect([refused.status, refused.body.error.code]).toEqual([409, 'stale-version']);
      const corrected = await eventually('the correction in the pack', async () => {
        const pack = (await chair('GET', `${panel}/pack`)).body;
        const entry = (pack.standards as Json[]).find((candidate) => candidate.id === standard.id);
        return (entry?.decision as Json | null)?.correction ? entry!.decision : undefined;
      });
      expect(corrected).toMatchObject({ decision: 'down', to: 'Inadequate', decidedBy: 'chair-1' });
    },
  );
});
