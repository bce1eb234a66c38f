// A submission the case workflow has not carried out within SUBMIT_WAIT_MS (here 1 ms: a busy machine)
// answers 202 decision-in-progress with the task as its Location, whose state says when it is submitted; it
// never hangs the assessor's request. Sent again (the client's retry), it is the same Update, taken once:
// one submission, one lock, one "submitted" event, at the one version.
import { describe, expect, it } from 'vitest';
import { taskSubmitted } from '@yji/contracts';
import {
  callerAs,
  caseManagerInterview,
  completeAssessment,
  eventually,
  inspectionInFieldwork,
  tokenFor,
  useSystem,
} from '../harness/index.ts';

describe('a submission that takes longer than the request waits', () => {
  const system = useSystem({ env: { SUBMIT_WAIT_MS: '1' } });
  const lead = callerAs(system, 'lead-1', ['lead-inspector']);
  const assessor = callerAs(system, 'inspector-1', ['inspector']);

  it(
    'answers 202 with the task as its Location; the retry is the same submission, carried out once',
    { timeout: 180_000 },
    async () => {
      const { cases } = await inspectionInFieldwork(system, lead, {
        team: [{ userId: 'inspector-1', role: 'inspector' }],
        sampleSize: 1,
      });
      const path = `/api/fieldwork/tasks/${cases[0]!.taskId}`;
      const task = await assessor('GET', path);
      const { answers, firstDraft } = completeAssessment(task.body);
      expect((await assessor('PUT', `${path}/draft`, firstDraft())).status).toBe(200);
      const interview = await assessor('PUT', `${path}/interview`, caseManagerInterview());
      expect(interview.status).toBe(200);
      expect((await assessor('PUT', `${path}/draft`, { version: 1, answers })).status).toBe(200);

      // Sent by hand to read the answer's headers.
      const submit = async () =>
        fetch(`${system.fieldwork.url}${path}/submit`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${await tokenFor('inspector-1', ['inspector'])}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ version: 2 }),
        });
      const first = await submit();
      expect(first.status).toBe(202);
      expect(first.headers.get('location')).toBe(path);
      expect(first.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await first.json()).toMatchObject({
        error: { code: 'decision-in-progress', details: { location: path } },
      });

      // The retry: still in progress (the same Update), or already carried out (the task is locked).
      const retry = await submit();
      const retried = (await retry.json()) as { error: { code: string } };
      expect([202, 409]).toContain(retry.status);
      expect(['decision-in-progress', 'task-locked']).toContain(retried.error.code);

      const submitted = await eventually('the submission to be carried out', async () => {
        const read = await assessor('GET', path);
        return read.body.state === 'submitted' ? read.body : undefined;
      });
      expect(submitted.version).toBe(2);

      const taskId = cases[0]!.taskId;
      // Give a second submission, were there one, the time to show.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const audit = await system.fieldworkDb.auditEntry.findMany({ where: { entityId: taskId } });
      const actions = audit.map((entry) => entry.action);
      expect(actions.filter((action) => action === 'task.submitted')).toHaveLength(1);
      expect(actions.filter((action) => action === 'task.locked')).toHaveLength(1);
      expect(audit.find((entry) => entry.action === 'task.submitted')).toMatchObject({
        actorId: 'inspector-1',
        details: { version: 2 },
      });
      const events = await system.fieldworkDb.outboxMessage.findMany({
        where: { subject: taskSubmitted.subject, payload: { path: ['taskId'], equals: taskId } },
      });
      expect(events).toHaveLength(1);
      const stored = await system.fieldworkDb.caseTask.findUniqueOrThrow({ where: { id: taskId } });
      expect([stored.state, stored.version]).toEqual(['submitted', 2]);
    },
  );
});
