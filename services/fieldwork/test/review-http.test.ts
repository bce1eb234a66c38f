// Quality assurance of submitted assessments over HTTP with real tokens, against real PostgreSQL and NATS:
// routing a first submission by the inspection's QA policy, the reviewers' queue, claim and release, return
// with comments, revision and resubmission to the same reviewer, versions kept and compared, approval and
// the lead inspector's correction (with the events the ratings read), separation of duties, and blind
// reviews with the agreement they give.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentApproved, assessmentReopened } from '@yji/contracts';
import { reviewDeadlineDelays, type QaPolicy } from '@yji/domain';
import { resubmitAssessment } from '../src/qa/resubmit.ts';
import { startFieldworkUnderTest } from './fieldwork-under-test.ts';
import { inspectionWithQaSettings, qaUnderTest } from './qa-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

type Fieldwork = Awaited<ReturnType<typeof startFieldworkUnderTest>>;
type QaHelpers = ReturnType<typeof qaUnderTest>;

const { inspector: inspector1, reviewer: qa1, lead } = SERVICE_CALLERS;
const qa2 = { userId: 'qa-2', roles: ['qa-reviewer'] } as const;
/** An inspector who also sits on the team as a QA reviewer. */
const inspectorReviewer = { userId: 'inspector-3', roles: ['inspector', 'qa-reviewer'] } as const;

/** Every case to QA (inspectors' share 1), none blind unless asked. */
const everyCase = (blindShare = 0): Partial<QaPolicy> => ({
  seed: 'qa-test',
  shareByRole: { inspector: 1, 'local-assessor': 1 },
  blindShare,
});

describe('quality assurance of submitted assessments', () => {
  let fieldwork: Fieldwork;
  let inspection: QaHelpers['inspection'];
  let submitted: QaHelpers['submitted'];
  let submitted2016: QaHelpers['submitted2016'];
  let caseManagerSeenBefore: QaHelpers['caseManagerSeenBefore'];
  beforeAll(async () => {
    fieldwork = await startFieldworkUnderTest();
    ({ inspection, submitted, submitted2016, caseManagerSeenBefore } = qaUnderTest(fieldwork));
  });
  afterAll(() => fieldwork?.stop());

  const review = async (taskId: string, as: { userId: string; roles: readonly string[] } = qa1) =>
    fieldwork.call(as as typeof qa1, 'GET', `/api/fieldwork/reviews/${taskId}`);

  const move = (
    as: { userId: string; roles: readonly string[] },
    taskId: string,
    path: string,
    body: object,
  ) => fieldwork.call(as as typeof qa1, 'POST', `/api/fieldwork/reviews/${taskId}/${path}`, body);

  const outbox = (subject: string, taskId: string) =>
    fieldwork.db.outboxMessage.findMany({
      where: { subject, payload: { path: ['taskId'], equals: taskId } },
      orderBy: { createdAt: 'asc' },
    });

  // What the routing reads in one statement (qa/submission-routing-sql.ts), each fact shown by the selection
  // it leads to: the inspection's policy, the assessor's cases selected so far, and a seat as a local assessor.
  it('routes a first submission by the policy, the assessor’s cases selected so far and their seat', async () => {
    const inspectionId = await inspectionWithQaSettings(
      fieldwork,
      [
        ['inspector-1', 'inspector'],
        ['inspector-2', 'inspector'],
        ['inspector-2', 'local-assessor'],
      ],
      {
        policy: {
          seed: 'routing-test',
          shareByRole: { inspector: 0, 'local-assessor': 1 },
          minimumPerAssessor: 1,
          blindShare: 0,
        },
      },
    );
    const selectionOf = async (taskId: string) =>
      (await fieldwork.db.caseReview.findUniqueOrThrow({ where: { taskId } })).selection;
    const first = await submitted(inspectionId);
    expect(await selectionOf(first.taskId)).toEqual({
      selected: true,
      reason: 'assessor-minimum',
      blind: false,
    });
    const second = await submitted(inspectionId);
    expect(await selectionOf(second.taskId)).toEqual({ selected: false, reason: 'not-drawn' });
    const byLocalAssessor = await submitted(inspectionId, { userId: 'inspector-2', roles: ['inspector'] });
    expect(await selectionOf(byLocalAssessor.taskId)).toEqual({
      selected: true,
      reason: 'whole-role-reviewed',
      blind: false,
    });
  });

  it('approves a case outside the QA sample on submission, recorded as such, and tells the ratings', async () => {
    const inspectionId = await inspection({
      shareByRole: { inspector: 0, 'local-assessor': 1 },
      minimumPerAssessor: 0,
    });
    const { taskId } = await submitted(inspectionId);
    const read = await review(taskId, lead);
    expect(read.body).toMatchObject({
      state: 'approved',
      approval: 'without-review',
      selection: { selected: false, reason: 'not-drawn' },
      round: 1,
    });
    const [event] = await outbox(assessmentApproved.subject, taskId);
    const payload = assessmentApproved.payload.parse(event?.payload);
    expect(payload).toMatchObject({ reviewed: false, approvedBy: null, caseType: 'court', version: 1 });
    expect(Object.keys(payload.judgements)).toContain('2.1.1');
  });

  it('returns, revises and approves a case: versions kept, the diff shown, back to the same reviewer', async () => {
    const inspectionId = await inspection(everyCase());
    const { taskId, answers } = await submitted(inspectionId);

    const queue = await fieldwork.call(qa1, 'GET', `/api/fieldwork/reviews?inspectionId=${inspectionId}`);
    expect((queue.body?.reviews as { taskId: string }[]).map((entry) => entry.taskId)).toEqual([taskId]);
    // Unclaimed, a case is due nowhere yet.
    expect(queue.body?.reviews).toEqual([expect.objectContaining({ dueAt: null, remindAt: null })]);

    const claimed = await move(qa1, taskId, 'claim', { version: 0 });
    expect(claimed.body).toMatchObject({ state: 'in-review', reviewerId: 'qa-1', version: 1 });
    // Claimed, it says when its reviewer is reminded and when it is due (the lead told), counted from the
    // claim as its deadline workflow counts them: working days, the deadlines this service is configured with.
    const { claimedAt } = await fieldwork.db.caseReview.findUniqueOrThrow({ where: { taskId } });
    const { remindAfterMs, escalateAfterMs } = reviewDeadlineDelays(claimedAt!);
    const inReview = await fieldwork.call(qa1, 'GET', `/api/fieldwork/reviews?inspectionId=${inspectionId}`);
    expect(inReview.body?.reviews).toEqual([
      expect.objectContaining({
        taskId,
        remindAt: new Date(claimedAt!.getTime() + remindAfterMs).toISOString(),
        dueAt: new Date(claimedAt!.getTime() + escalateAfterMs).toISOString(),
      }),
    ]);
    // A move based on the version before the claim is stale.
    expect((await move(qa1, taskId, 'approve', { version: 0 })).body?.error?.code).toBe('stale-version');
    const returned = await move(qa1, taskId, 'return', {
      version: 1,
      reason: 'Risk to others is not evidenced',
      comments: { 'A1.1': 'Which document shows this?' },
    });
    expect(returned.body).toMatchObject({ state: 'returned', version: 2 });

    // The assessor sees the reason and comments, takes the case back, and may save again.
    const task = await fieldwork.call(inspector1, 'GET', `/api/fieldwork/tasks/${taskId}`);
    expect(task.body?.review).toEqual({
      state: 'returned',
      round: 1,
      returned: {
        by: 'quality-assurance',
        reason: 'Risk to others is not evidenced',
        comments: { 'A1.1': 'Which document shows this?' },
      },
    });
    // Their list of tasks says which are back with them (the portal's home page counts them).
    const listed = await fieldwork.call(
      inspector1,
      'GET',
      `/api/fieldwork/tasks?inspectionId=${inspectionId}`,
    );
    expect(listed.body?.tasks).toEqual(
      expect.arrayContaining([expect.objectContaining({ taskId, reviewState: 'returned' })]),
    );
    expect((await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/revise`)).status).toBe(
      200,
    );
    const otherAnswer = answers['A1.1'] === 'yes' ? 'no' : 'yes';
    const saved = await fieldwork.call(inspector1, 'PUT', `/api/fieldwork/tasks/${taskId}/draft`, {
      version: 1,
      answers: { 'A1.1': otherAnswer },
    });
    expect(saved.body).toMatchObject({ version: 2, state: 'revising' });
    const resubmitted = await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/submit`, {
      version: 2,
    });
    expect(resubmitted.status).toBe(200);

    // Back with qa-1 only: another reviewer neither sees it in the queue nor may claim it.
    const otherQueue = await fieldwork.call(
      qa2,
      'GET',
      `/api/fieldwork/reviews?inspectionId=${inspectionId}`,
    );
    expect(otherQueue.body?.reviews).toEqual([]);
    const after = await review(taskId);
    expect(after.body).toMatchObject({ state: 'awaiting-qa', reviewerId: 'qa-1', round: 2 });
    expect(
      (await move(qa2, taskId, 'claim', { version: after.body?.version as number })).body?.error?.code,
    ).toBe('duty-refused');
    const versions = after.body?.versions as {
      round: number;
      draftVersion: number;
      answers: Record<string, unknown>;
    }[];
    expect(versions.map(({ round, draftVersion }) => [round, draftVersion])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(versions[0]?.answers['A1.1']).toBe(answers['A1.1']);
    const diff = await fieldwork.call(qa1, 'GET', `/api/fieldwork/reviews/${taskId}/diff?from=1&to=2`);
    expect(diff.body?.changes).toEqual([{ field: 'A1.1', before: answers['A1.1'], after: otherAnswer }]);
    // A round past any case's is a bad request naming the field, not a query the stored column (int4) fails.
    const beyond = await fieldwork.call(
      qa1,
      'GET',
      `/api/fieldwork/reviews/${taskId}/diff?from=1&to=3000000000`,
    );
    expect([beyond.status, beyond.body?.error?.code]).toEqual([400, 'invalid-request']);
    expect((beyond.body?.error?.details as unknown as { field: string }[]).map(({ field }) => field)).toEqual(
      ['querystring.to'],
    );
    expect(JSON.stringify(beyond.body)).not.toContain('3000000000');

    const reclaimed = await move(qa1, taskId, 'claim', { version: after.body?.version as number });
    const approved = await move(qa1, taskId, 'approve', { version: reclaimed.body?.version as number });
    expect(approved.body).toMatchObject({ state: 'approved', approval: 'reviewed' });
    const [event] = await outbox(assessmentApproved.subject, taskId);
    expect(event?.payload).toMatchObject({ reviewed: true, approvedBy: 'qa-1', version: 2 });

    // A submitted version is never changed afterwards.
    await expect(
      fieldwork.db.$executeRawUnsafe(
        'UPDATE "AssessmentVersion" SET "draftVersion" = 9 WHERE "taskId" = $1::uuid',
        taskId,
      ),
    ).rejects.toThrow(/append-only/);
  });

  it('keeps in each version the 2016 interview facts that decided View 5, never the notes (002 13a–b)', async () => {
    const inspectionId = await inspection(everyCase());
    const { taskId, interview } = await submitted2016(inspectionId);
    // The interview recorded later (after a return, say) does not change what the submitted version was.
    await fieldwork.db.caseManagerInterview.update({
      where: { taskId },
      data: { tookPlace: false, role: null, caseManagerSeenBefore: null },
    });
    const read = await review(taskId);
    expect(read.status).toBe(200);
    const [first] = read.body?.versions as { interviewFacts: unknown; judgements: unknown }[];
    expect(first?.interviewFacts).toEqual(interview);
    expect(read.text).not.toContain('Seen at the office.');

    // QA moderates a 2016 case View by View (it has no key questions), View 5 as the version's interview
    // opened it, though the interview recorded now says none took place.
    expect(read.body?.keyQuestions).toEqual([]);
    const { by, views } = first?.judgements as {
      by: string;
      views: { section: string; judgements: { code: string }[] }[];
    };
    expect(by).toBe('view');
    expect(views.map((view) => view.section)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5']);
    const view5 = views.find((view) => view.section === 'V5')!.judgements.map((judgement) => judgement.code);
    expect(view5).toEqual(['5.1.1a', '5.1.1b', '5.1.1c', '5.2']);
  });

  // The route checks the rules before it resubmits; the interview may be recorded again in between without a
  // new version, so the resubmission checks them again once it holds the task's row.
  it('refuses a resubmission that the interview recorded since has made invalid; the case stays in revision', async () => {
    const inspectionId = await inspection(everyCase());
    const { taskId } = await submitted2016(inspectionId);
    await move(qa1, taskId, 'claim', { version: 0 });
    await move(qa1, taskId, 'return', { version: 1, reason: 'Check View 5', comments: {} });
    expect((await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/revise`)).status).toBe(
      200,
    );
    const revising = await fieldwork.db.caseTask.findUniqueOrThrow({ where: { id: taskId } });
    await caseManagerSeenBefore(taskId);
    await expect(
      resubmitAssessment(fieldwork.db, revising, revising.version, {
        userId: 'inspector-1',
        roles: ['inspector'],
      }),
    ).rejects.toMatchObject({ problem: { code: 'assessment-invalid' } });
    expect(await fieldwork.db.caseTask.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({
      state: 'revising',
      version: revising.version,
    });
    // Sent through the route now, the route's own check answers with every finding.
    const submit = await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/submit`, {
      version: revising.version,
    });
    expect([submit.status, submit.body?.error?.code]).toEqual([422, 'assessment-invalid']);
    expect(submit.body?.error?.details).toEqual(
      expect.arrayContaining([
        { code: '5.3a', message: '5.3a does not apply to this case; remove its answer' },
      ]),
    );
  });

  it('never makes a 2016 review blind: it has no key questions to judge first', async () => {
    const inspectionId = await inspection(everyCase(1));
    const { taskId } = await submitted2016(inspectionId);
    const read = await review(taskId, lead);
    expect(read.body?.selection).toMatchObject({ selected: true, blind: false });
  });

  it('shows QA the key-question judgements of each version of a youth case', async () => {
    const inspectionId = await inspection(everyCase());
    const { taskId } = await submitted(inspectionId);
    const [first] = (await review(taskId)).body?.versions as { judgements: { by: string } }[];
    expect(first?.judgements).toMatchObject({
      by: 'key-question',
      keyQuestions: { '2.1.1': expect.any(Boolean) },
    });
  });

  it('reopens an approved case only by the lead inspector’s correction with a reason, and tells the ratings', async () => {
    const inspectionId = await inspection(everyCase());
    const { taskId } = await submitted(inspectionId);
    await move(qa1, taskId, 'claim', { version: 0 });
    await move(qa1, taskId, 'approve', { version: 1 });
    expect((await move(qa1, taskId, 'correction', { version: 2, reason: 'x' })).status).toBe(403);
    const blank = await fieldwork.call(lead, 'POST', `/api/fieldwork/reviews/${taskId}/correction`, {
      version: 2,
      reason: '   ',
    });
    expect(blank.status).toBe(400);
    const corrected = await move(lead, taskId, 'correction', {
      version: 2,
      reason: 'the wrong case file was read',
    });
    expect(corrected.body).toMatchObject({ state: 'revising', round: 2, approval: null });
    const task = await fieldwork.call(inspector1, 'GET', `/api/fieldwork/tasks/${taskId}`);
    // The assessor is told why: the lead's reason, no comments.
    expect(task.body).toMatchObject({
      state: 'revising',
      review: {
        state: 'revising',
        returned: { by: 'correction', reason: 'the wrong case file was read', comments: {} },
      },
    });
    const [event] = await outbox(assessmentReopened.subject, taskId);
    expect(event?.payload).toMatchObject({ reopenedBy: 'lead-1', version: 1 });

    // Resubmitted as it was (the correction needed no change) and approved again: the approval outranks the
    // reopening (a later version), or the inspection and the ratings would count the case reopened for good.
    expect(task.body?.version).toBe(2);
    const resubmitted = await fieldwork.call(inspector1, 'POST', `/api/fieldwork/tasks/${taskId}/submit`, {
      version: 2,
    });
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    const waiting = await fieldwork.call(qa1, 'GET', `/api/fieldwork/reviews/${taskId}`);
    const claimed = await move(qa1, taskId, 'claim', { version: waiting.body?.version as number });
    const approved = await move(qa1, taskId, 'approve', { version: claimed.body?.version as number });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const approvals = await outbox(assessmentApproved.subject, taskId);
    expect(approvals.map(({ payload }) => (payload as { version: number }).version)).toEqual([1, 2]);
  });

  it('refuses a correction once the case’s assessor holds no assessor role on the team: nobody could revise it', async () => {
    const inspectionId = await inspection(everyCase());
    const { taskId } = await submitted(inspectionId);
    await move(qa1, taskId, 'claim', { version: 0 });
    await move(qa1, taskId, 'approve', { version: 1 });
    // The team change may take them off: an approved case is no longer work they hold (domain team-change.ts).
    await fieldwork.db.teamMembership.deleteMany({ where: { inspectionId, userId: 'inspector-1' } });
    const before = await fieldwork.db.caseReview.findUniqueOrThrow({ where: { taskId } });
    const correction = { version: 2, reason: 'the wrong case file was read' };
    const refused = await move(lead, taskId, 'correction', correction);
    expect([refused.status, refused.body?.error?.code]).toEqual([409, 'assessor-off-team']);
    expect(await fieldwork.db.caseReview.findUniqueOrThrow({ where: { taskId } })).toEqual(before);
    expect(await outbox(assessmentReopened.subject, taskId)).toEqual([]);
    // Back on the team, as an assessor of either kind, they can revise it, and the correction goes ahead.
    await fieldwork.joinTeam(inspectionId, 'inspector-1', 'local-assessor');
    expect((await move(lead, taskId, 'correction', correction)).body).toMatchObject({ state: 'revising' });
  });

  it('never lets a reviewer review their own assessment, and changes nothing when refusing', async () => {
    const inspectionId = await inspection(everyCase());
    const { taskId } = await submitted(inspectionId, inspectorReviewer);
    const before = await fieldwork.db.caseReview.findUniqueOrThrow({ where: { taskId } });
    const own = await move(inspectorReviewer, taskId, 'claim', { version: 0 });
    expect(own.status).toBe(403);
    expect(own.body?.error?.code).toBe('duty-refused');
    expect(own.body?.error?.message).toBe('a reviewer never reviews their own assessment');
    // Not in their queue either.
    const queue = await fieldwork.call(
      inspectorReviewer,
      'GET',
      `/api/fieldwork/reviews?inspectionId=${inspectionId}`,
    );
    expect(queue.body?.reviews).toEqual([]);
    // An inspector without the QA role on the team, and a reviewer of another inspection, are refused too.
    expect((await move(inspector1, taskId, 'claim', { version: 0 })).status).toBe(403);
    expect(
      (await move({ userId: 'qa-3', roles: ['qa-reviewer'] }, taskId, 'claim', { version: 0 })).status,
    ).toBe(404);
    expect(await fieldwork.db.caseReview.findUniqueOrThrow({ where: { taskId } })).toEqual(before);
    // The lead inspector cannot hand it to its own assessor either.
    const handed = await move(lead, taskId, 'reviewer', { version: 0, reviewerId: 'inspector-3' });
    expect(handed.body?.error?.code).toBe('duty-refused');
  });

  it('lists the queue oldest first, filtered by assessor, audited, and lets a reviewer release a claimed case', async () => {
    const inspectionId = await inspection(everyCase());
    const first = await submitted(inspectionId);
    const second = await submitted(inspectionId, inspectorReviewer);
    const all = await fieldwork.call(qa1, 'GET', `/api/fieldwork/reviews?inspectionId=${inspectionId}`);
    expect((all.body?.reviews as { taskId: string }[]).map(({ taskId }) => taskId)).toEqual([
      first.taskId,
      second.taskId,
    ]);
    const filtered = await fieldwork.call(
      qa1,
      'GET',
      `/api/fieldwork/reviews?inspectionId=${inspectionId}&assessorId=inspector-3&frameworkId=d2-v6.5`,
    );
    expect((filtered.body?.reviews as { taskId: string }[]).map(({ taskId }) => taskId)).toEqual([
      second.taskId,
    ]);
    // The queue names cases: each read is audited.
    expect(
      await fieldwork.db.auditEntry.count({
        where: { action: 'reviews.listed', actorId: 'qa-1', inspectionId },
      }),
    ).toBe(2);
    await move(qa1, first.taskId, 'claim', { version: 0 });
    expect((await move(qa2, first.taskId, 'release', { version: 1 })).body?.error?.code).toBe('duty-refused');
    const released = await move(qa1, first.taskId, 'release', { version: 1 });
    expect(released.body).toMatchObject({ state: 'awaiting-qa', reviewerId: null });
    expect((await move(qa2, first.taskId, 'claim', { version: 2 })).body).toMatchObject({
      reviewerId: 'qa-2',
    });
  });

  it('never offers or gives a blind review to the inspection’s lead, though they hold the QA role too', async () => {
    // No seeded user holds both roles: the token is signed for them all the same.
    const leadReviewer = {
      userId: 'lead-1',
      roles: ['lead-inspector', 'qa-reviewer'],
      unseeded: true,
    } as const;
    const inspectionId = await inspectionWithQaSettings(
      fieldwork,
      [
        ['inspector-1', 'inspector'],
        ['qa-1', 'qa-reviewer'],
        ['lead-1', 'lead-inspector'],
        ['lead-1', 'qa-reviewer'],
      ],
      { policy: { ...everyCase(1), seed: 'lead-not-blind' } },
    );
    const { taskId } = await submitted(inspectionId);
    const queued = async (as: { userId: string; roles: readonly string[]; unseeded?: boolean }) =>
      (
        (await fieldwork.call(as as typeof qa1, 'GET', `/api/fieldwork/reviews?inspectionId=${inspectionId}`))
          .body?.reviews as { taskId: string }[]
      ).map((entry) => entry.taskId);
    expect(await queued(leadReviewer)).toEqual([]);
    expect(await queued(qa1)).toEqual([taskId]);
    const claimed = await move(leadReviewer, taskId, 'claim', { version: 0 });
    expect([claimed.status, claimed.body?.error?.code]).toEqual([403, 'duty-refused']);
    expect((await review(taskId, qa1)).body).toMatchObject({ state: 'awaiting-qa', reviewerId: null });
  });

  it('keeps a blind review’s answers from the reviewer until their own judgements are in, and measures agreement', async () => {
    const inspectionId = await inspection(everyCase(1));
    const keyQuestions = await (async () => {
      const { taskId } = await submitted(inspectionId);
      return { taskId, read: await review(taskId) };
    })();
    const { taskId, read } = keyQuestions;
    expect(read.body).toMatchObject({ answersWithheld: true, versions: [], selection: { blind: true } });
    const ids = (read.body?.keyQuestions as { id: string; summaryCode: string }[]).map(({ id }) => id);
    expect(ids.length).toBeGreaterThan(3);

    await move(qa1, taskId, 'claim', { version: 0 });
    expect((await move(qa1, taskId, 'approve', { version: 1 })).body?.error?.code).toBe(
      'blind-judgements-first',
    );
    expect(
      (await fieldwork.call(qa1, 'GET', `/api/fieldwork/reviews/${taskId}/diff?from=1&to=1`)).body?.error
        ?.code,
    ).toBe('blind-judgements-first');
    const partial = await fieldwork.call(qa1, 'PUT', `/api/fieldwork/reviews/${taskId}/blind-judgements`, {
      version: 1,
      judgements: { [ids[0] as string]: true, '9.9.9': false },
    });
    expect(partial.status).toBe(422);
    expect(
      (partial.body?.error?.details as unknown as { field: string }[]).map(({ field }) => field),
    ).toEqual([...ids.slice(1), '9.9.9']);

    // The assessor answered yes throughout (completeAnswers' first value); the reviewer says no to the first.
    const judgements = Object.fromEntries(ids.map((id, index) => [id, index !== 0]));
    const judged = await fieldwork.call(qa1, 'PUT', `/api/fieldwork/reviews/${taskId}/blind-judgements`, {
      version: 1,
      judgements,
    });
    expect(judged.status).toBe(200);
    const again = await fieldwork.call(qa1, 'PUT', `/api/fieldwork/reviews/${taskId}/blind-judgements`, {
      version: 1,
      judgements,
    });
    expect(again.body?.error?.code).toBe('blind-judgements-recorded');
    expect((await review(taskId)).body).toMatchObject({
      answersWithheld: false,
      blindJudgements: judgements,
    });
    expect((await move(qa1, taskId, 'approve', { version: 1 })).body).toMatchObject({ state: 'approved' });

    const agreement = await fieldwork.call(
      lead,
      'GET',
      `/api/fieldwork/inspections/${inspectionId}/agreement`,
    );
    expect(agreement.status).toBe(200);
    expect(agreement.body).toMatchObject({
      blindReviews: 1,
      inspection: { pairs: ids.length, agreements: ids.length - 1 },
    });
    expect(
      (await fieldwork.call(qa1, 'GET', `/api/fieldwork/inspections/${inspectionId}/agreement`)).status,
    ).toBe(403);
    expect(
      (
        await fieldwork.call(
          { userId: 'lead-2', roles: ['lead-inspector'] },
          'GET',
          `/api/fieldwork/inspections/${inspectionId}/agreement`,
        )
      ).status,
    ).toBe(404);
  });

  it('shows the lead inspector which cases block the ratings panel, and the live standings', async () => {
    const inspectionId = await inspection(everyCase());
    const { taskId } = await submitted(inspectionId);
    const progress = await fieldwork.call(
      lead,
      'GET',
      `/api/fieldwork/inspections/${inspectionId}/qa-progress`,
    );
    expect(progress.body).toMatchObject({
      readyForPanel: false,
      blockers: [{ taskId, why: 'waiting for a QA reviewer' }],
    });
    const live = await fieldwork.call(lead, 'GET', `/api/fieldwork/inspections/${inspectionId}/live-ratings`);
    const submittedStandings = live.body?.submitted as {
      id: string;
      applicable: number;
      share: number | null;
    }[];
    expect(submittedStandings.find(({ id }) => id === '2.1.1')).toMatchObject({ applicable: 1 });
    expect(
      (live.body?.approved as { applicable: number }[]).every(({ applicable }) => applicable === 0),
    ).toBe(true);
    await move(qa1, taskId, 'claim', { version: 0 });
    await move(qa1, taskId, 'approve', { version: 1 });
    const done = await fieldwork.call(lead, 'GET', `/api/fieldwork/inspections/${inspectionId}/qa-progress`);
    expect(done.body).toMatchObject({ readyForPanel: true, blockers: [] });
  });
});
