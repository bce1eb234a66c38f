// A blind judgement is its reviewer's, not the case's (domain qa/blind-judgement.ts), over HTTP against real
// PostgreSQL and NATS: a blind case released or reassigned after its first reviewer judged it reaches its
// next reviewer with the answers withheld and a decision refused until they judge it themselves; the
// agreement pairs their judgement; and a judgement is recorded under the review's lock, so a release taking
// the case meanwhile is not undone by it.
import { describe, expect, it } from 'vitest';
import { lockReview } from '../src/qa/apply-review-move.ts';
import { useFieldworkUnderTest } from './fieldwork-under-test.ts';
import { EVERY_CASE_BLIND, qaUnderTest } from './qa-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

type Caller = { userId: string; roles: readonly string[] };

const { reviewer: qa1, lead } = SERVICE_CALLERS;
const qa2 = { userId: 'qa-2', roles: ['qa-reviewer'] } as const;

describe('a blind judgement belongs to the reviewer who made it', () => {
  const fieldwork = useFieldworkUnderTest();

  const call = (as: Caller, method: 'GET' | 'POST' | 'PUT', path: string, body?: object) =>
    fieldwork().call(as as typeof qa1, method, `/api/fieldwork${path}`, body);
  const read = (as: Caller, taskId: string) => call(as, 'GET', `/reviews/${taskId}`);
  const move = async (as: Caller, taskId: string, path: string, extra: object = {}) => {
    const { version } = (await read(lead, taskId)).body as { version: number };
    return call(as, 'POST', `/reviews/${taskId}/${path}`, { version, ...extra });
  };
  const judge = async (as: Caller, taskId: string, answer: boolean) => {
    const { version, keyQuestions } = (await read(as, taskId)).body as {
      version: number;
      keyQuestions: { id: string }[];
    };
    const judgements = Object.fromEntries(keyQuestions.map(({ id }) => [id, answer]));
    return call(as, 'PUT', `/reviews/${taskId}/blind-judgements`, { version, judgements });
  };

  /** A blind case claimed and judged "no" throughout by qa-1 (the assessor answered yes throughout). */
  async function judgedByQa1() {
    const { inspection, submitted } = qaUnderTest(fieldwork());
    const inspectionId = await inspection(EVERY_CASE_BLIND);
    const { taskId } = await submitted(inspectionId);
    expect((await move(qa1, taskId, 'claim')).status).toBe(200);
    expect((await judge(qa1, taskId, false)).status).toBe(200);
    expect((await read(qa1, taskId)).body).toMatchObject({ answersWithheld: false });
    return { inspectionId, taskId };
  }

  /** What the next reviewer meets: the answers withheld and a decision refused until they judge it. */
  async function judgedAfreshByQa2(taskId: string) {
    expect((await move(qa2, taskId, 'claim')).body).toMatchObject({ state: 'in-review', reviewerId: 'qa-2' });
    expect((await read(qa2, taskId)).body).toMatchObject({
      answersWithheld: true,
      versions: [],
      blindJudgements: null,
    });
    const diff = await call(qa2, 'GET', `/reviews/${taskId}/diff?from=1&to=1`);
    expect(diff.body?.error?.code).toBe('blind-judgements-first');
    const decisions: [string, object][] = [
      ['approve', {}],
      ['return', { reason: 'Not evidenced' }],
    ];
    for (const [decision, extra] of decisions)
      expect((await move(qa2, taskId, decision, extra)).body?.error?.code).toBe('blind-judgements-first');
    expect((await judge(qa2, taskId, true)).status).toBe(200);
    const judged = await read(qa2, taskId);
    expect(judged.body).toMatchObject({ answersWithheld: false });
    expect((judged.body?.versions as unknown[]).length).toBe(1);
  }

  it('has a released case judged afresh by its next reviewer, whose judgement the agreement pairs', async () => {
    const { inspectionId, taskId } = await judgedByQa1();
    expect((await move(qa1, taskId, 'release')).body).toMatchObject({ reviewerId: null });
    // qa-1 reads it as any reviewer the case is not with: their judgement no longer counts.
    expect((await read(qa1, taskId)).body).toMatchObject({ answersWithheld: true, versions: [] });
    await judgedAfreshByQa2(taskId);
    expect((await move(qa2, taskId, 'approve')).body).toMatchObject({ state: 'approved' });

    // qa-2 agreed with the assessor throughout, qa-1 never: the pairs are qa-2's.
    const agreement = await call(lead, 'GET', `/inspections/${inspectionId}/agreement`);
    const { pairs, agreements } = (agreement.body as { inspection: { pairs: number; agreements: number } })
      .inspection;
    expect(pairs).toBeGreaterThan(0);
    expect(agreements).toBe(pairs);
    // Both judgements stay as recorded (append-only).
    expect(await fieldwork().db.blindJudgement.count({ where: { taskId } })).toBe(2);
  });

  it('has a case the lead reassigns judged afresh by the new reviewer', async () => {
    const { taskId } = await judgedByQa1();
    expect((await move(lead, taskId, 'reviewer', { reviewerId: 'qa-2' })).body).toMatchObject({
      state: 'awaiting-qa',
      reviewerId: 'qa-2',
    });
    await judgedAfreshByQa2(taskId);
  });

  it('records a judgement under the review’s lock: a release meanwhile makes it stale, not recorded', async () => {
    const { inspection, submitted } = qaUnderTest(fieldwork());
    const inspectionId = await inspection(EVERY_CASE_BLIND);
    const { taskId } = await submitted(inspectionId);
    expect((await move(qa1, taskId, 'claim')).status).toBe(200);
    let judged: Promise<Awaited<ReturnType<typeof judge>>> | undefined;
    // A release holding the review's lock while the judgement arrives, as applyReviewMove takes it.
    await fieldwork().db.$transaction(async (tx) => {
      await lockReview(tx, taskId);
      judged = judge(qa1, taskId, false);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await tx.caseReview.update({
        where: { taskId },
        data: { state: 'awaiting-qa', reviewerId: null, claimedAt: null, version: { increment: 1 } },
      });
    });
    expect((await judged)?.body?.error?.code).toBe('stale-version');
    expect(await fieldwork().db.blindJudgement.count({ where: { taskId } })).toBe(0);
  });
});
