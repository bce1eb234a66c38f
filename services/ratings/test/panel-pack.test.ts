// The ratings service against real JetStream and PostgreSQL: approved assessments arrive as fieldwork's
// events and become the panel's figures, equal to the domain's computeRatings on the same judgements; a
// redelivered event takes effect once; a reopening withdraws its judgements; the lead inspector's proposals
// are checked against the domain's evidence rules; who may read what; an inspection without rating rules
// (2016) is refused its panel, not failed.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentApproved, assessmentReopened, type PanelPack } from '@yji/contracts';
import { ratedStandardsFor, standardsInScope } from '@yji/domain';
import { ratingsOfApprovedCases } from '@yji/domain/testing';
import { courtApproval, eventually, startRatingsUnderTest } from './ratings-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

type Ratings = Awaited<ReturnType<typeof startRatingsUnderTest>>;

const { lead, chair } = SERVICE_CALLERS;
const outsider = { userId: 'chair-2', roles: ['panel-chair'] } as const;

describe('the panel pack from approved assessments', () => {
  let ratings: Ratings;
  beforeAll(async () => {
    ratings = await startRatingsUnderTest();
  });
  afterAll(async () => {
    await ratings?.stop();
  });

  async function openInspection(custodyCases = 0) {
    const inspectionId = randomUUID();
    await ratings.joinTeam(inspectionId, lead.userId, 'lead-inspector');
    await ratings.joinTeam(inspectionId, chair.userId, 'panel-chair');
    await ratings.open(inspectionId, custodyCases);
    return inspectionId;
  }

  const pack = async (inspectionId: string) => {
    const response = await ratings.call(chair, 'GET', `/api/ratings/inspections/${inspectionId}/pack`);
    expect(response.status).toBe(200);
    return response.body as unknown as PanelPack;
  };

  const packWith = (inspectionId: string, approved: number) =>
    eventually(async () => {
      const current = await pack(inspectionId);
      return current.cases.approved === approved ? current : null;
    });

  it('computes what the domain computes from the same judgements, flags small samples, stores the rules version', async () => {
    const inspectionId = await openInspection();
    const approvals = [
      courtApproval(inspectionId),
      courtApproval(inspectionId, { '2.1.1': false, '2.2.2': null }),
      courtApproval(inspectionId, { '2.3.3': false }),
    ];
    for (const approval of approvals) await ratings.publish(assessmentApproved.subject, approval);
    const current = await packWith(inspectionId, 3);

    const expected = ratingsOfApprovedCases(approvals, {
      standards: standardsInScope(
        ratedStandardsFor({
          courtDisposals: 'd2-v6.5',
          outOfCourt: 'd3-v3.6',
          standards: 'standards-2020',
        }),
        false,
      ),
    });
    expect(
      current.standards.map(({ id, computedRating, smallSample, keyQuestions }) => ({
        id,
        computedRating,
        smallSample,
        keyQuestions,
      })),
    ).toEqual(
      expected.standards.map(({ id, kind, rating, smallSample, keyQuestions }) => ({
        id,
        computedRating: kind === 'case-based' ? rating : null,
        smallSample,
        keyQuestions,
      })),
    );
    const assessment = current.standards.find(({ id }) => id === '2.1')!;
    expect(assessment).toMatchObject({
      computedRating: 'Good',
      smallSample: true,
      needsDecision: true,
      drivenBy: '2.1.1',
    });
    expect(assessment.keyQuestions[0]).toEqual({
      id: '2.1.1',
      yes: 2,
      applicable: 3,
      percent: 67,
      band: 'Good',
    });
    // No out-of-court case: "no rating — the panel decides".
    expect(current.standards.find(({ id }) => id === '3.1')).toMatchObject({
      computedRating: null,
      needsDecision: true,
    });
    expect(current.standards).toHaveLength(12);
    expect(current.thresholdTable).toBe('yjs-2020-12-standards');
    expect(current.rulesVersion).toMatch(/^ratings-/);
    expect(current.score).toBeNull();
  });

  it('refuses the pack and every panel step of an inspection without rating rules (2016), not failing', async () => {
    const inspectionId = randomUUID();
    await ratings.joinTeam(inspectionId, lead.userId, 'lead-inspector');
    await ratings.joinTeam(inspectionId, chair.userId, 'panel-chair');
    // The inspection workflow opens a panel for every inspection that reaches it: a 2016 one pins no standards.
    await ratings.open(inspectionId, 0, lead.userId, {
      courtDisposals: 'fji-sqs-2016',
      outOfCourt: 'none',
      standards: 'none',
    });
    const base = `/api/ratings/inspections/${inspectionId}`;
    // As before a panel opens: no pack to read (404), nothing to approve (409).
    for (const [method, path, status, code] of [
      ['GET', `${base}/pack`, 404, 'not-found'],
      ['POST', `${base}/approval`, 409, 'panel-not-open'],
    ] as const) {
      const answer = await ratings.call(chair, method, path);
      expect([path, answer.status, answer.body?.error?.code]).toEqual([path, status, code]);
    }
  });

  it('takes a redelivered event once, and a reopened assessment out of the figures', async () => {
    const inspectionId = await openInspection();
    // The history orders changes by their time: approvals a second apart, so two made within the same
    // millisecond on a fast machine cannot swap places.
    const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();
    const first = { ...courtApproval(inspectionId), approvedAt: secondsAgo(2) };
    const msgId = randomUUID();
    await ratings.publish(assessmentApproved.subject, first, msgId);
    const second = { ...courtApproval(inspectionId, { '2.1.1': false }), approvedAt: secondsAgo(1) };
    await ratings.publish(assessmentApproved.subject, second);
    await packWith(inspectionId, 2);
    // The same fieldwork outbox row published again after JetStream's duplicate window, or redelivered.
    await ratings.publish(assessmentApproved.subject, first, msgId);
    await ratings.publish(assessmentApproved.subject, { ...first, version: 0 });
    await ratings.publish(assessmentReopened.subject, {
      inspectionId,
      taskId: second.taskId,
      caseRef: second.caseRef,
      version: 1,
      reopenedBy: lead.userId,
      reopenedAt: new Date().toISOString(),
    });
    const after = await eventually(async () => {
      const current = await pack(inspectionId);
      return current.cases.reopened === 1 ? current : null;
    });
    expect(after.cases).toEqual({ approved: 1, reopened: 1 });
    // The fieldwork service beside it has no QA of this inspection (the cases were published by hand).
    expect(after.qa).toMatchObject({
      reviewed: 1,
      approvedWithoutReview: 0,
      figures: { blindReviews: 0, returnedCases: 0, returns: 0, alertsRaised: 0 },
    });
    // Two approvals, then the reopening: 2.1 was Outstanding with one case, Requires improvement with two
    // (2.1.1 yes in one of two, 50%), then Outstanding again.
    expect(after.history.map(({ cases, ratings }) => [cases, ratings['2.1']])).toEqual([
      [1, 'Outstanding'],
      [2, 'Requires improvement'],
      [1, 'Outstanding'],
    ]);
    expect(after.standards.find(({ id }) => id === '2.1')!.keyQuestions[0]).toMatchObject({
      yes: 1,
      applicable: 1,
    });
    const recorded = await ratings.db.auditEntry.count({
      where: { inspectionId, action: 'judgements.recorded' },
    });
    expect(recorded).toBe(2);

    // Judgements for a key question the case's framework does not rate are refused, and the figures stand.
    await ratings.publish(assessmentApproved.subject, courtApproval(inspectionId, { '3.1.1': true }));
    const refused = await eventually(() =>
      ratings.db.auditEntry.findFirst({ where: { inspectionId, action: 'judgements.refused' } }),
    );
    expect(refused.details).toMatchObject({ problems: ['3.1.1: not a key question judged on court cases'] });
    expect((await pack(inspectionId)).cases).toEqual({ approved: 1, reopened: 1 });
  });

  it('withdraws an approval whose reopening was heard before it (events out of order)', async () => {
    const inspectionId = await openInspection();
    await ratings.publish(assessmentApproved.subject, courtApproval(inspectionId));
    const late = { ...courtApproval(inspectionId), version: 1 };
    await ratings.publish(assessmentReopened.subject, {
      inspectionId,
      taskId: late.taskId,
      caseRef: late.caseRef,
      version: 1,
      reopenedBy: lead.userId,
      reopenedAt: new Date().toISOString(),
    });
    await ratings.publish(assessmentApproved.subject, late);
    const after = await eventually(async () => {
      const current = await pack(inspectionId);
      return current.cases.approved + current.cases.reopened === 2 ? current : null;
    });
    expect(after.cases).toEqual({ approved: 1, reopened: 1 });
  });

  it('rates 13 standards when resettlement is in scope', async () => {
    const current = await pack(await openInspection(5));
    expect(current.resettlementInScope).toBe(true);
    expect(current.standards.map(({ id }) => id)).toContain('2.5');
    expect(current.standards).toHaveLength(13);
    expect(current.thresholdTable).toBe('yjs-2020-13-standards');
  });

  it('shows a qualitative standard its statement and prompts, and checks the proposal’s evidence', async () => {
    const inspectionId = await openInspection();
    const approval = courtApproval(inspectionId);
    await ratings.publish(assessmentApproved.subject, approval);
    await packWith(inspectionId, 1);
    const governance = (await pack(inspectionId)).standards.find(({ id }) => id === '1.1')!;
    expect(governance.statement).toMatch(/\w/);
    expect(governance.prompts.map(({ code }) => code)).toContain('1.1.1a');

    const path = `/api/ratings/inspections/${inspectionId}/proposals/1.1`;
    const items = [
      {
        prompt: '1.1.1a',
        answer: 'yes',
        finding: 'The board sets the direction and reviews delivery against it.',
        sources: [{ kind: 'document', description: 'board minutes' }],
      },
    ];
    const wrongPrompt = await ratings.call(lead, 'PUT', path, {
      version: 0,
      rating: 'Good',
      items: [{ ...items[0], prompt: '2.5.1a' }],
    });
    expect(wrongPrompt.status).toBe(422);
    expect(wrongPrompt.body?.error?.code).toBe('evidence-invalid');
    expect(JSON.stringify(wrongPrompt.body)).not.toContain('reviews delivery');

    const notSampled = await ratings.call(lead, 'PUT', path, {
      version: 0,
      rating: 'Good',
      items: [{ ...items[0], sources: [{ kind: 'case-file', caseRefs: ['NOT-SAMPLED'] }] }],
    });
    expect(notSampled.status).toBe(422);

    // 004 ¶2.2: each prompt given is answered yes or no.
    const { answer: _, ...unanswered } = items[0]!;
    const noAnswer = await ratings.call(lead, 'PUT', path, {
      version: 0,
      rating: 'Good',
      items: [unanswered],
    });
    expect([noAnswer.status, noAnswer.body?.error?.code]).toEqual([422, 'evidence-invalid']);
    expect(JSON.stringify(noAnswer.body)).toContain('items[0].answer');

    const proposed = await ratings.call(lead, 'PUT', path, { version: 0, rating: 'Good', items });
    expect(proposed.status).toBe(200);
    expect(proposed.body).toMatchObject({ rating: 'Good', version: 1, proposedBy: 'lead-1' });
    const stale = await ratings.call(lead, 'PUT', path, { version: 0, rating: 'Outstanding', items });
    expect(stale.status).toBe(409);
    expect(stale.body?.error?.code).toBe('stale-version');
    expect((await pack(inspectionId)).standards.find(({ id }) => id === '1.1')).toMatchObject({
      proposedRating: 'Good',
      rating: 'Good',
    });

    const caseBased = await ratings.call(
      lead,
      'PUT',
      `/api/ratings/inspections/${inspectionId}/proposals/2.1`,
      {
        version: 0,
        rating: 'Good',
        items,
      },
    );
    expect(caseBased.status).toBe(404);
    const notLead = await ratings.call(chair, 'PUT', path, { version: 1, rating: 'Good', items });
    expect(notLead.status).toBe(403);
  });

  it('hides an inspection from a caller outside its team, and audits every read', async () => {
    const inspectionId = await openInspection();
    const hidden = await ratings.call(outsider, 'GET', `/api/ratings/inspections/${inspectionId}/pack`);
    expect(hidden.status).toBe(404);
    expect(hidden.body?.error?.code).toBe('not-found');
    await pack(inspectionId);
    expect(await ratings.db.auditEntry.count({ where: { inspectionId, action: 'ratings.read' } })).toBe(1);
  });

  it('follows the desistance-first setting, based on its version', async () => {
    const inspectionId = await openInspection();
    const path = `/api/ratings/inspections/${inspectionId}/settings`;
    expect((await ratings.call(lead, 'PUT', path, { version: 0, desistanceFirst: true })).status).toBe(200);
    const stale = await ratings.call(chair, 'PUT', path, { version: 0, desistanceFirst: false });
    expect(stale.status).toBe(409);
    expect((await pack(inspectionId)).settings).toEqual({ desistanceFirst: true, version: 1 });
  });
});
