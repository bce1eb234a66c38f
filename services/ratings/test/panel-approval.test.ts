// Through the real ratings panel workflow and worker: the panel's decisions and the chair's approval are the
// workflow's Updates, whose activities send the ratings service its commands. Four eyes hold in the service
// and in the workflow; a decision's command repeated is answered as stored, and a request sent again with its
// Idempotency-Key as it was first; the chair approves only the ratings the pack showed them; a rationale naming a sampled case is refused (it is published); a case
// reopened for correction holds the approval back until approved again; an approved set refuses UPDATE and
// DELETE in the database; a correction makes a new set that supersedes the old, needs the chair again, and
// keeps both. The retention purge nulls the rationales the report did not publish, once, and the panel
// records no decision or set after it. A qualitative standard the lead has not proposed is not the panel's
// to rate (004 ¶3.22).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  approveRatings,
  assessmentApproved,
  assessmentReopened,
  purgePanelRationales,
  ratingsApproved,
  recordDecision,
  type FinalRatingsView,
  type PanelPack,
} from '@yji/contracts';
import { approveRatingsUpdate, ratingsPanelStateQuery, ratingsPanelWorkflowId } from '@yji/workflows';
import { sendCommand } from '@yji/messaging';
import { eventually } from './ratings-under-test.ts';
import {
  EVIDENCE,
  proposalOf,
  usePanelWorkflowUnderTest,
  type Qualitative,
} from './panel-workflow-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const { lead, chair, inspector } = SERVICE_CALLERS;
const secondChair = { userId: 'chair-2', roles: ['panel-chair'] } as const;
const leadAndChair = { userId: 'lead-3', roles: ['lead-inspector', 'panel-chair'] } as const;

const QUALITATIVE = Object.keys(EVIDENCE) as Qualitative[];

describe('the ratings panel through its workflow', () => {
  const { ratings, temporal, sql, startPanel } = usePanelWorkflowUnderTest({ sql: true });

  /** An inspection with its team, ten approved court cases and its panel workflow running. */
  async function panelFor(leadInspectorId: string = lead.userId) {
    const { approvals, ...panel } = await startPanel({
      leadInspectorId,
      otherChairs: [secondChair.userId],
      // Three cases judged no on 2.2.1.
      judgementsOf: (index) => ({ '2.2.1': index >= 3 }),
    });
    return { ...panel, caseRef: approvals[0]!.caseRef, first: approvals[0]! };
  }

  const packOf = async (base: string) =>
    (await ratings().call(chair, 'GET', `${base}/pack`)).body as unknown as PanelPack;

  /** The qualitative standards proposed Good; 3.4's evidence triangulated with a sampled case (004 ¶3.20). */
  async function propose(
    { base, caseRef }: { base: string; caseRef: string },
    as: { userId: string; roles: readonly ('lead-inspector' | 'panel-chair')[] } = lead,
    standards: readonly Qualitative[] = QUALITATIVE,
  ) {
    for (const standard of standards) {
      const response = await ratings().call(
        as,
        'PUT',
        `${base}/proposals/${standard}`,
        proposalOf(standard, 'Good', 0, caseRef),
      );
      expect(response.status, standard).toBe(200);
    }
  }

  /** The panel's first decision on `standard`, taken by `as`: the rating moved `decision` to `to`; taken. */
  async function decide(
    base: string,
    standard: string,
    as: { userId: string; roles: readonly ('inspector' | 'panel-chair')[] },
    moved: { decision: 'up' | 'down'; to: string; rationale: string },
  ) {
    const response = await ratings().call(as, 'PUT', `${base}/decisions/${standard}`, {
      version: 0,
      ...moved,
    });
    expect(response.status, standard).toBe(200);
  }

  /** The out-of-court standards have no case: the panel decides them, with reasons. */
  async function decideUnrated(base: string) {
    for (const standard of ['3.1', '3.2', '3.3'])
      await decide(base, standard, inspector, {
        decision: 'up',
        to: 'Requires improvement',
        rationale: 'No out-of-court case in the sample; interviews with case managers.',
      });
  }

  /**
   * Every qualitative standard proposed, the unrated ones decided and 1.1 confirmed (with `rationale`, when
   * given): ready for the chair.
   */
  async function readyForApproval(panel: { base: string; caseRef: string }, rationale?: string) {
    await propose(panel);
    await decideUnrated(panel.base);
    const confirmed = await ratings().call(inspector, 'PUT', `${panel.base}/decisions/1.1`, {
      version: 0,
      decision: 'confirm',
      ...(rationale === undefined ? {} : { rationale }),
    });
    expect(confirmed.status).toBe(200);
  }

  it('approves the ratings with a panel move, stores them immutable and publishes them', async () => {
    const panel = await panelFor();
    const { inspectionId, base } = panel;
    await propose(panel);

    const noRationale = await ratings().call(inspector, 'PUT', `${base}/decisions/2.1`, {
      version: 0,
      decision: 'down',
      to: 'Good',
    });
    expect(noRationale.status).toBe(422);
    expect(noRationale.body?.error?.code).toBe('decision-invalid');

    const early = await ratings().call(chair, 'POST', `${base}/approval`);
    expect(early.status).toBe(409);
    expect(early.body?.error?.code).toBe('undecided-standards');

    await decideUnrated(base);
    await decide(base, '2.1', chair, {
      decision: 'down',
      to: 'Good',
      rationale: 'Assessment of risk was thin in the interviews.',
    });
    const stale = await ratings().call(inspector, 'PUT', `${base}/decisions/2.1`, {
      version: 0,
      decision: 'confirm',
    });
    expect(stale.status).toBe(409);
    expect(stale.body?.error?.code).toBe('stale-version');

    // The workflow's activity retries a decision after a commit it never heard of: the same command again is
    // answered as stored, a blank rationale (stored as none) included.
    const confirmation = {
      inspectionId,
      actor: { ...inspector, roles: [...inspector.roles], requestId: 'test' },
      decision: { standardId: '2.3', decision: 'confirm' as const, rationale: ' ' },
      version: 0,
      correction: false,
    };
    for (const attempt of ['first', 'retry'])
      expect(await sendCommand(ratings().nc, recordDecision, confirmation), attempt).toEqual({
        standardId: '2.3',
        version: 1,
      });
    // A retry sent while the first attempt still runs (it waits on the row the first holds) is answered as
    // stored too, never refused as stale; the decision is recorded once.
    const change = {
      ...confirmation,
      decision: { standardId: '2.3', decision: 'confirm' as const },
      version: 1,
    };
    const recorded = () =>
      ratings().db.auditEntry.count({ where: { inspectionId, action: 'decision.recorded' } });
    const before = await recorded();
    expect(
      await Promise.all([
        sendCommand(ratings().nc, recordDecision, change),
        sendCommand(ratings().nc, recordDecision, change),
      ]),
    ).toEqual([
      { standardId: '2.3', version: 2 },
      { standardId: '2.3', version: 2 },
    ]);
    expect(await recorded()).toBe(before + 1);

    // A case reopened for correction is out of the figures until quality assurance approves it again: the
    // chair cannot approve a partial sample meanwhile.
    const { first } = panel;
    await ratings().publish(assessmentReopened.subject, {
      inspectionId,
      taskId: first.taskId,
      caseRef: first.caseRef,
      version: first.version,
      reopenedBy: lead.userId,
      reopenedAt: new Date().toISOString(),
    });
    await eventually(async () => (await packOf(base)).cases.reopened === 1);
    const partial = await ratings().call(chair, 'POST', `${base}/approval`);
    expect(partial.status).toBe(409);
    expect(partial.body?.error?.code).toBe('cases-reopened');
    await ratings().publish(assessmentApproved.subject, {
      ...first,
      version: first.version + 1,
      approvedAt: new Date().toISOString(),
    });
    await eventually(async () => (await packOf(base)).cases.reopened === 0);

    const approved = await ratings().call(chair, 'POST', `${base}/approval`);
    expect(approved.status).toBe(200);
    const final = approved.body as unknown as FinalRatingsView;
    expect(final).toMatchObject({
      approvedBy: 'chair-1',
      supersedes: null,
      thresholdTable: 'yjs-2020-12-standards',
    });
    expect(final.standards.find(({ id }) => id === '2.1')).toMatchObject({
      computedRating: 'Outstanding',
      finalRating: 'Good',
      rationale: 'Assessment of risk was thin in the interviews.',
      decidedBy: 'chair-1',
    });
    expect(final.standards.find(({ id }) => id === '2.2')).toMatchObject({
      computedRating: 'Good',
      finalRating: 'Good',
    });
    // 1.x and 3.4 Good (2 × 5), 2.1 Good, 2.2 Good, 2.3 and 2.4 Outstanding, 3.1–3.3 Requires improvement.
    expect(final.score).toBe(10 + 2 + 2 + 6 + 3);
    expect(final.overall).toBe('Good');

    const again = await ratings().call(chair, 'POST', `${base}/approval`);
    expect(again.status).toBe(409);
    const state = await temporal()
      .workflow.getHandle(ratingsPanelWorkflowId(inspectionId))
      .query(ratingsPanelStateQuery);
    expect(state).toMatchObject({
      phase: 'ratings-approved',
      approvals: [{ setId: final.setId, approvedBy: 'chair-1' }],
    });

    const published = await eventually(async () =>
      (await ratings().db.outboxMessage.findMany({ where: { subject: ratingsApproved.subject } })).find(
        ({ payload }) => (payload as FinalRatingsView).setId === final.setId,
      ),
    );
    expect(published.payload).toEqual(final);

    await expect(
      sql().query(`UPDATE ratings."FinalRating" SET "finalRating" = 'Outstanding' WHERE "setId" = $1`, [
        final.setId,
      ]),
    ).rejects.toThrow('FinalRating is append-only: UPDATE is allowed only to purge it');
    await expect(
      sql().query(`DELETE FROM ratings."FinalRatingSet" WHERE id = $1`, [final.setId]),
    ).rejects.toThrow('FinalRatingSet is append-only: DELETE is not allowed');
  });

  it('refuses the panel a decision on a qualitative standard nobody proposed, and the approval until it is (004 ¶3.22)', async () => {
    const panel = await panelFor();
    const { base } = panel;
    for (const decision of [
      { decision: 'up', to: 'Good', rationale: 'The board minutes show a clear strategy.' },
      { decision: 'down', to: 'Inadequate', rationale: 'No strategy was shown to us.' },
    ]) {
      const refused = await ratings().call(chair, 'PUT', `${base}/decisions/1.2`, {
        version: 0,
        ...decision,
      });
      expect([refused.status, refused.body?.error?.code], decision.decision).toEqual([
        422,
        'decision-invalid',
      ]);
      expect(refused.body?.error?.message).toContain("awaiting the lead inspector's proposal");
    }
    expect((await packOf(base)).standards.find(({ id }) => id === '1.2')).toMatchObject({
      proposedRating: null,
      needsDecision: false,
      awaitsProposal: true,
      decision: null,
    });

    // A case-based standard without an applicable case is the panel's to decide, as before; everything else
    // proposed, the approval waits for 1.2's proposal, and only for it.
    await decideUnrated(base);
    await propose(panel, lead, ['1.1', '1.3', '1.4', '3.4']);
    expect((await packOf(base)).undecided).toEqual(['1.2']);
    const early = await ratings().call(chair, 'POST', `${base}/approval`);
    expect([early.status, early.body?.error?.code]).toEqual([409, 'undecided-standards']);

    // Proposed, it is the panel's to verify, and the chair approves.
    await propose(panel, lead, ['1.2']);
    const pack = await packOf(base);
    expect(pack.undecided).toEqual([]);
    expect(pack.standards.find(({ id }) => id === '1.2')?.awaitsProposal).toBe(false);
    await decide(base, '1.2', chair, {
      decision: 'down',
      to: 'Requires improvement',
      rationale: 'The board minutes show no strategy.',
    });
    expect((await ratings().call(chair, 'POST', `${base}/approval`)).status).toBe(200);
  });

  it('holds a confirmation to the rating it confirmed: once the rating moves, the panel decides again', async () => {
    const panel = await panelFor();
    const { base } = panel;
    await readyForApproval(panel);
    expect((await packOf(base)).undecided).not.toContain('1.1');

    // The lead proposes 1.1 again, higher: the panel confirmed Good, not Outstanding.
    const proposal = (await packOf(base)).standards.find(({ id }) => id === '1.1')!.proposal!;
    const reproposed = await ratings().call(lead, 'PUT', `${base}/proposals/1.1`, {
      version: proposal.version,
      rating: 'Outstanding',
      items: proposal.items,
    });
    expect(reproposed.status).toBe(200);
    expect((await packOf(base)).undecided).toContain('1.1');
    const approval = await ratings().call(chair, 'POST', `${base}/approval`);
    expect(approval.status).toBe(409);
    expect(approval.body?.error?.code).toBe('undecided-standards');
    expect(approval.body?.error?.message).toContain('1.1');
  });

  it('refuses a chair who proposed the ratings, in the service and in the workflow', async () => {
    const panel = await panelFor(leadAndChair.userId);
    const { inspectionId, base } = panel;
    await ratings().joinTeam(inspectionId, leadAndChair.userId, 'panel-chair');
    await propose(panel, leadAndChair);
    await decideUnrated(base);

    const refused = await ratings().call(leadAndChair, 'POST', `${base}/approval`);
    expect(refused.status).toBe(403);
    expect(refused.body?.error).toMatchObject({ code: 'four-eyes' });
    // The workflow's own validator refuses before anything enters the history.
    await expect(
      temporal()
        .workflow.getHandle(ratingsPanelWorkflowId(inspectionId))
        .executeUpdate(approveRatingsUpdate, {
          args: [{ actor: { ...leadAndChair, roles: [...leadAndChair.roles], requestId: 'test' } }],
        }),
    ).rejects.toThrow();
    expect(await ratings().db.finalRatingSet.count({ where: { inspectionId } })).toBe(0);
    expect((await ratings().call(chair, 'POST', `${base}/approval`)).status).toBe(200);
  });

  it('refuses a rationale naming a sampled case, naming the field and never the text', async () => {
    const panel = await panelFor();
    const { base, caseRef } = panel;
    await propose(panel);
    const rationale = `${caseRef.toLowerCase()} and one more: no safety plan.`;
    const refused = await ratings().call(chair, 'PUT', `${base}/decisions/2.1`, {
      version: 0,
      decision: 'down',
      to: 'Good',
      rationale,
    });
    expect(refused.status).toBe(422);
    expect(refused.body?.error?.code).toBe('decision-invalid');
    expect(refused.body?.error?.message).toContain('rationale names a sampled case');
    expect(refused.text.toLowerCase()).not.toContain(caseRef.toLowerCase());
    expect(refused.text).not.toContain('safety plan');
    expect((await packOf(base)).standards.find(({ id }) => id === '2.1')!.decision).toBeNull();

    // A reference only inside a longer one is another case's, not in the sample.
    await decide(base, '2.1', chair, {
      decision: 'down',
      to: 'Good',
      rationale: `Plans were thin; ${caseRef}9 was not sampled.`,
    });
  });

  it('answers a decision or an approval sent again with its Idempotency-Key as it answered the first', async () => {
    const panel = await panelFor();
    const { base } = panel;
    await propose(panel);
    await decideUnrated(base);
    const decisionKey = { 'idempotency-key': randomUUID() };
    const decision = { version: 0, decision: 'confirm' };
    const decided = await ratings().call(inspector, 'PUT', `${base}/decisions/1.1`, decision, decisionKey);
    const decidedAgain = await ratings().call(
      inspector,
      'PUT',
      `${base}/decisions/1.1`,
      decision,
      decisionKey,
    );
    expect([decided.status, decidedAgain.status]).toEqual([200, 200]);
    expect(decidedAgain.body).toEqual(decided.body);

    const approvalKey = { 'idempotency-key': randomUUID() };
    const approved = await ratings().call(chair, 'POST', `${base}/approval`, undefined, approvalKey);
    const approvedAgain = await ratings().call(chair, 'POST', `${base}/approval`, undefined, approvalKey);
    expect([approved.status, approvedAgain.status]).toEqual([200, 200]);
    expect(approvedAgain.body).toEqual(approved.body);
    expect(await ratings().db.finalRatingSet.count({ where: { inspectionId: panel.inspectionId } })).toBe(1);
    // Another key is another approval: refused, as the set is approved.
    const another = await ratings().call(chair, 'POST', `${base}/approval`, undefined, {
      'idempotency-key': randomUUID(),
    });
    expect(another.status).toBe(409);
  });

  it('approves only the ratings the chair saw: a proposal moved since the pack was read refuses it, storing nothing', async () => {
    const panel = await panelFor();
    const { base, inspectionId, caseRef } = panel;
    await readyForApproval(panel);
    const seen = (await packOf(base)).approvalBasis;
    // The lead moves a proposal after the chair read the pack: the score the chair saw is not the set's now.
    const moved = await ratings().call(
      lead,
      'PUT',
      `${base}/proposals/1.2`,
      proposalOf('1.2', 'Requires improvement', 1, caseRef),
    );
    expect(moved.status).toBe(200);
    expect((await packOf(base)).approvalBasis).not.toBe(seen);

    const refused = await ratings().call(chair, 'POST', `${base}/approval`, { basis: seen });
    expect([refused.status, (refused.body as { error: { code: string } }).error.code]).toEqual([
      409,
      'ratings-changed',
    ]);
    // The command asks again in the panel's turn (a change may land after the route's check).
    await expect(
      sendCommand(ratings().nc, approveRatings, {
        inspectionId,
        actor: { ...chair, roles: [...chair.roles], requestId: 'test' },
        setId: randomUUID(),
        basis: seen,
      }),
    ).rejects.toMatchObject({ code: 'ratings-changed' });
    expect(await ratings().db.finalRatingSet.count({ where: { inspectionId } })).toBe(0);

    const approved = await ratings().call(chair, 'POST', `${base}/approval`, {
      basis: (await packOf(base)).approvalBasis,
    });
    expect(approved.status).toBe(200);
    expect(
      (approved.body as unknown as FinalRatingsView).standards.find(({ id }) => id === '1.2'),
    ).toMatchObject({
      finalRating: 'Requires improvement',
    });
    // The workflow's activity retried after a commit it never heard of: answered with the set it stored.
    const { setId } = approved.body as unknown as FinalRatingsView;
    expect(
      await sendCommand(ratings().nc, approveRatings, {
        inspectionId,
        actor: { ...chair, roles: [...chair.roles], requestId: 'test' },
        setId,
        basis: seen,
      }),
    ).toMatchObject({ setId });
  });

  it('corrects an approved rating with a new set the chair approves again, keeping both', async () => {
    const panel = await panelFor();
    const { base } = panel;
    await propose(panel);
    await decideUnrated(base);
    const approved = await ratings().call(chair, 'POST', `${base}/approval`);
    expect(approved.status).toBe(200);
    const first = approved.body as unknown as FinalRatingsView;

    const proposalAfter = await ratings().call(lead, 'PUT', `${base}/proposals/1.1`, {
      version: 1,
      rating: 'Outstanding',
      items: [],
    });
    expect(proposalAfter.status).toBe(409);
    await decide(base, '1.2', chair, {
      decision: 'down',
      to: 'Requires improvement',
      rationale: 'Staff survey results received after the panel.',
    });
    expect((await ratings().call(chair, 'GET', `${base}/pack`)).body).toMatchObject({ state: 'correcting' });

    const own = await ratings().call(chair, 'POST', `${base}/approval`);
    expect(own.status).toBe(403);
    expect(own.body?.error?.code).toBe('four-eyes');
    const second = await ratings().call(secondChair, 'POST', `${base}/approval`);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ supersedes: first.setId, approvedBy: 'chair-2' });

    const history = (await ratings().call(inspector, 'GET', `${base}/final`))
      .body as unknown as FinalRatingsView[];
    expect(history.map(({ setId }) => setId)).toEqual([
      (second.body as unknown as FinalRatingsView).setId,
      first.setId,
    ]);
    expect(history[1]!.standards.find(({ id }) => id === '1.2')!.finalRating).toBe('Good');
    expect(history[0]!.standards.find(({ id }) => id === '1.2')!.finalRating).toBe('Requires improvement');
  });

  it('purges the rationales the report did not publish, once; the decisions stand and none is recorded after', async () => {
    const mark = `Zq${randomUUID().slice(0, 8)}`;
    const panel = await panelFor();
    const { inspectionId, base } = panel;
    // 3.1–3.3 moved, with a rationale the report publishes; 1.1 confirmed, with one it does not.
    await readyForApproval(panel, `Confirmed, ${mark}`);
    const approve = async () => {
      const approved = await ratings().call(chair, 'POST', `${base}/approval`);
      expect(approved.status).toBe(200);
      return approved.body as unknown as FinalRatingsView;
    };
    await approve();
    // A correction moves 2.1 and is approved; another takes the move back, and that set is the one published.
    await decide(base, '2.1', inspector, { decision: 'down', to: 'Good', rationale: `Moved, ${mark}` });
    await approve();
    const takenBack = await ratings().call(inspector, 'PUT', `${base}/decisions/2.1`, {
      version: 1,
      decision: 'confirm',
      rationale: `Taken back, ${mark}`,
    });
    expect(takenBack.status).toBe(200);
    const published = await approve();

    const rowsHolding = async (word: string) =>
      (
        await sql().query<{ table: string }>(
          `SELECT 'PanelDecision' AS table FROM ratings."PanelDecision" d
            WHERE "inspectionId" = $1 AND d::text LIKE '%' || $2 || '%'
           UNION ALL
           SELECT 'FinalRating' FROM ratings."FinalRating" r JOIN ratings."FinalRatingSet" s ON s.id = r."setId"
            WHERE s."inspectionId" = $1 AND r::text LIKE '%' || $2 || '%'
           UNION ALL
           SELECT 'OutboxMessage' FROM ratings."OutboxMessage" o
            WHERE payload->>'inspectionId' = $1::text AND o::text LIKE '%' || $2 || '%'`,
          [inspectionId, word],
        )
      ).rows
        .map(({ table }) => table)
        .sort();
    expect(await rowsHolding(mark)).toEqual([
      'FinalRating',
      'FinalRating',
      'FinalRating',
      'FinalRating',
      'FinalRating',
      'OutboxMessage',
      'OutboxMessage',
      'OutboxMessage',
      'PanelDecision',
      'PanelDecision',
    ]);
    const shown = (pack: PanelPack) => ({
      ratings: pack.standards.map(({ id, rating }) => [id, rating]),
      undecided: pack.undecided,
      score: pack.score,
      overall: pack.overall,
    });
    const before = shown(await packOf(base));
    const finalBefore = (await ratings().call(chair, 'GET', `${base}/final`))
      .body as unknown as FinalRatingsView[];

    const purged = await sendCommand(ratings().nc, purgePanelRationales, {
      inspectionId,
      publishedSetId: published.setId,
    });
    // Every rationale of the two sets before (1.1, 3.1–3.3; then 2.1 too) and the confirmations' of the set
    // published (1.1, 2.1); the decisions on 1.1 and 2.1; the three sets' events in the outbox.
    expect(purged.removed).toEqual({ PanelDecision: 2, FinalRating: 11, OutboxMessage: 3, RequestKey: 0 });
    expect(await rowsHolding(mark)).toEqual([]);
    const publicRationale = 'No out-of-court case in the sample; interviews with case managers.';
    expect(await rowsHolding(publicRationale)).toEqual([
      'FinalRating',
      'FinalRating',
      'FinalRating',
      'OutboxMessage',
      'PanelDecision',
      'PanelDecision',
      'PanelDecision',
    ]);
    // The decisions stand: the pack shows the ratings approved, nothing left to decide; the sets as approved.
    expect(shown(await packOf(base))).toEqual(before);
    const finalAfter = (await ratings().call(chair, 'GET', `${base}/final`))
      .body as unknown as FinalRatingsView[];
    const withoutRationales = (sets: FinalRatingsView[]) =>
      sets.map((set) => ({ ...set, standards: set.standards.map((s) => ({ ...s, rationale: null })) }));
    expect(withoutRationales(finalAfter)).toEqual(withoutRationales(finalBefore));
    expect(
      finalAfter[0]!.standards.flatMap(({ id, rationale }) => (rationale ? [[id, rationale]] : [])),
    ).toEqual(['3.1', '3.2', '3.3'].map((id) => [id, publicRationale]));

    // Asked again: the same answer, nothing changed, one audit entry.
    expect(await sendCommand(ratings().nc, purgePanelRationales, { inspectionId })).toEqual(purged);
    expect(await ratings().db.auditEntry.count({ where: { inspectionId, action: 'retention.purged' } })).toBe(
      1,
    );

    // A correction or an approval arriving after the purge records nothing.
    const actor = { ...chair, roles: [...chair.roles], requestId: 'test' };
    await expect(
      sendCommand(ratings().nc, recordDecision, {
        inspectionId,
        actor: { ...inspector, roles: [...inspector.roles], requestId: 'test' },
        decision: { standardId: '2.2', decision: 'confirm', rationale: `After, ${mark}` },
        version: 0,
        correction: true,
      }),
    ).rejects.toMatchObject({ code: 'inspection-purged' });
    await expect(
      sendCommand(ratings().nc, approveRatings, { inspectionId, actor, setId: randomUUID() }),
    ).rejects.toMatchObject({ code: 'inspection-purged' });
    // A retry of an approval stored before is still answered with its set.
    expect(
      await sendCommand(ratings().nc, approveRatings, { inspectionId, actor, setId: published.setId }),
    ).toMatchObject({ setId: published.setId });
    expect(await rowsHolding(mark)).toEqual([]);
    expect(await ratings().db.finalRatingSet.count({ where: { inspectionId } })).toBe(3);

    // The table lets an UPDATE through only as that redaction: a rationale nulled, purgedAt set, once.
    const run = async (statement: string) => {
      await sql().query('BEGIN');
      try {
        return (await sql().query(statement, [published.setId])).rowCount;
      } finally {
        await sql().query('ROLLBACK');
      }
    };
    const update = (set: string, standard = '3.1') =>
      `UPDATE ratings."FinalRating" SET ${set} WHERE "setId" = $1 AND "standardId" = '${standard}'`;
    expect(await run(update(`rationale = NULL, "purgedAt" = now()`))).toBe(1);
    for (const statement of [
      update(`rationale = NULL`),
      update(`"purgedAt" = now()`),
      update(`rationale = 'Other words.', "purgedAt" = now()`),
      update(`rationale = NULL, "finalRating" = 'Inadequate', "purgedAt" = now()`),
      update(`rationale = NULL, "decidedBy" = 'someone-else', "purgedAt" = now()`),
      update(`"purgedAt" = now()`, '1.1'),
      `DELETE FROM ratings."FinalRating" WHERE "setId" = $1`,
    ])
      await expect(run(statement), statement).rejects.toThrow(/FinalRating is append-only/);
  });

  it('keeps, when the published set is not named, the moved ratings’ rationales of the newest set', async () => {
    const panel = await panelFor();
    const { inspectionId, base } = panel;
    await readyForApproval(panel, 'Confirmed on the documents.');
    expect((await ratings().call(chair, 'POST', `${base}/approval`)).status).toBe(200);
    const purged = await sendCommand(ratings().nc, purgePanelRationales, { inspectionId });
    expect(purged.removed).toEqual({ PanelDecision: 1, FinalRating: 1, OutboxMessage: 1, RequestKey: 0 });
    const [set] = (await ratings().call(chair, 'GET', `${base}/final`)).body as unknown as FinalRatingsView[];
    expect(set!.standards.flatMap(({ id, rationale }) => (rationale ? [id] : []))).toEqual([
      '3.1',
      '3.2',
      '3.3',
    ]);
  });
});
