// The ratings panel on the real stack (Temporal, NATS JetStream, PostgreSQL, every service and the worker):
// an inspection brought to fieldwork through the API, its cases' approved assessments published as
// fieldwork publishes them, the ratings panel workflow started as the inspection workflow starts it, then the
// lead inspector's proposals, the panel's decisions and the chair's approval over HTTP. The computed ratings
// equal the domain's computeRatings on the same judgements; 13 standards with resettlement in scope; a chair
// who proposed is refused; an approved rating refuses UPDATE in the database; a correction supersedes and
// keeps both; the assessment events delivered again from the start take effect once.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { jetstreamManager } from '@nats-io/jetstream';
import { EVENT_STREAM, ratingsApproved } from '@yji/contracts';
import { ratedStandardsFor, standardsInScope, resettlementInScope } from '@yji/domain';
import { ratingsOfApprovedCases } from '@yji/domain/testing';
import { assessmentConsumerName, ratingsConfig, startRatingsService } from '@yji/ratings';
import {
  callerAs,
  callersOf,
  eventsOn,
  eventually,
  FIELDWORK_START_AHEAD,
  inspectionInFieldwork,
  KEY_QUESTIONS,
  openPanel,
  PANEL_FRAMEWORKS,
  PEOPLE,
  testEnvironment,
  useSystem,
  type Json,
  type Side,
} from '../harness/index.ts';

const system = useSystem();

/** Judgements that vary by case: some no, some does-not-apply (a low risk case), so bands and n differ. */
function judgementsFor(side: Side, index: number): Record<string, boolean | null> {
  return Object.fromEntries(
    KEY_QUESTIONS[side].flatMap((standard, s) =>
      [1, 2, 3].map((kq) => {
        const id = `${standard}.${kq}`;
        if (kq === 3 && index % 3 === 0) return [id, null];
        return [id, (index + s + kq) % 4 !== 0];
      }),
    ),
  );
}

describe('the ratings panel, from approved assessments to approved ratings', () => {
  it('runs the panel end to end', async () => {
    const { lead, chair, inspector } = callersOf(system);
    const leadAndChair = callerAs(system, 'lead-3', ['lead-inspector', 'panel-chair']);
    const secondChair = callerAs(system, 'chair-2', ['panel-chair']);

    const inspection = await inspectionInFieldwork(system, lead, {
      team: [
        PEOPLE.inspector,
        { userId: 'inspector-2', role: 'inspector' },
        PEOPLE.chair,
        { userId: 'chair-2', role: 'panel-chair' },
        { userId: 'lead-3', role: 'lead-inspector' },
        { userId: 'lead-3', role: 'panel-chair' },
      ],
      sampleSize: 10,
      fieldworkStart: FIELDWORK_START_AHEAD,
      seed: 'ratings-panel',
    });
    const { id } = inspection;
    // What fieldwork publishes when quality assurance approves each case (half reviewed, half approved on
    // submission), then the panel child as the inspection workflow starts it.
    const {
      approvals,
      input,
      pack: ready,
    } = await openPanel(system, lead, inspection, {
      judgements: judgementsFor,
      version: 2,
      reviewed: (index) => index % 2 === 0,
    });
    expect(resettlementInScope(input.custodyCases)).toBe(true);
    const base = `/api/ratings/inspections/${id}`;
    const pack = () => chair('GET', `${base}/pack`);

    // The computed ratings are the domain's, on the same judgements.
    const standards = standardsInScope(ratedStandardsFor(PANEL_FRAMEWORKS), true);
    const expected = ratingsOfApprovedCases(approvals, { standards });
    expect(ready.standards).toHaveLength(13);
    expect(ready.thresholdTable).toBe('yjs-2020-13-standards');
    // The sources give no bands for 13 standards: the pack says they are yji's choice.
    expect(ready.scoreBands).toMatchObject({
      confirmed: false,
      bands: { 3: { minScore: 33, maxScore: 39 } },
    });
    for (const standard of expected.standards) {
      const shown = (ready.standards as Json[]).find(({ id: standardId }) => standardId === standard.id)!;
      expect(shown.keyQuestions, standard.id).toEqual(standard.keyQuestions);
      expect(shown.smallSample, standard.id).toBe(standard.smallSample);
      if (standard.kind === 'case-based') expect(shown.computedRating, standard.id).toBe(standard.rating);
    }

    // The lead inspector proposes every qualitative standard; lead-3 (also a chair) proposes one of them.
    const sampled = inspection.cases.map(({ caseRef }) => caseRef);
    const propose = async (as: typeof lead, standard: string, prompt: string) => {
      const response = await as('PUT', `${base}/proposals/${standard}`, {
        version: 0,
        rating: 'Good',
        items: [
          {
            prompt,
            answer: 'yes',
            finding: 'Policy and practice agree in the documents, interviews and cases seen.',
            sources: [
              { kind: 'interview', description: 'head of service' },
              { kind: 'case-file', caseRefs: sampled.slice(0, 5) },
            ],
          },
        ],
      });
      expect(response.status, `${standard}: ${JSON.stringify(response.body)}`).toBe(200);
    };
    for (const standard of ['1.1', '1.2', '1.3', '2.5', '3.4'])
      await propose(lead, standard, `${standard}.1a`);
    await propose(leadAndChair, '1.4', '1.4.1a');

    // The panel decides every flagged or unrated standard, with reasons; one move down.
    const current = (await pack()).body;
    for (const standard of current.standards as Json[]) {
      if (!standard.needsDecision) continue;
      const decision =
        standard.rating === null ? { decision: 'up', to: 'Requires improvement' } : { decision: 'confirm' };
      const response = await inspector('PUT', `${base}/decisions/${standard.id}`, {
        version: 0,
        ...decision,
        rationale: 'Weighed against the interviews and the case files.',
      });
      expect(response.status, `${standard.id}: ${JSON.stringify(response.body)}`).toBe(200);
    }
    const moved = await chair('PUT', `${base}/decisions/1.3`, {
      version: 0,
      decision: 'down',
      to: 'Requires improvement',
      rationale: 'Partnership meetings lapsed in the spring.',
    });
    expect(moved.status).toBe(200);

    // Four eyes: a chair who proposed a rating may not approve; the lead inspector holds no chair's role.
    const asProposer = await leadAndChair('POST', `${base}/approval`);
    expect(asProposer.status).toBe(403);
    expect(asProposer.body.error.code).toBe('four-eyes');
    expect((await lead('POST', `${base}/approval`)).status).toBe(403);

    const approved = await chair('POST', `${base}/approval`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const final = approved.body;
    const decidedPack = (await pack()).body;
    expect(final.standards.map(({ id: s, finalRating }: Json) => [s, finalRating])).toEqual(
      (decidedPack.standards as Json[]).map(({ id: s, rating }) => [s, rating]),
    );
    // The key questions' figures the panel saw go with the set (the published report draws them).
    expect(final.standards.map(({ id: s, keyQuestions }: Json) => [s, keyQuestions])).toEqual(
      (decidedPack.standards as Json[]).map(({ id: s, keyQuestions }) => [s, keyQuestions]),
    );
    expect(final.standards.find(({ id: s }: Json) => s === '2.1').keyQuestions).toHaveLength(3);
    expect(final).toMatchObject({
      score: decidedPack.score,
      overall: decidedPack.overall,
      thresholdTable: 'yjs-2020-13-standards',
    });
    expect(final.standards.find(({ id: s }: Json) => s === '1.3')).toMatchObject({
      proposedRating: 'Good',
      finalRating: 'Requires improvement',
      decidedBy: 'chair-1',
    });

    const published = await eventually('the ratings approved event', async () =>
      (await eventsOn(system.nc, ratingsApproved.subject)).find(
        ({ payload }) => (payload as Json).setId === final.setId,
      ),
    );
    expect(published.payload).toEqual(final);

    const sql = new pg.Client({ connectionString: system.env.DATABASE_URL });
    await sql.connect();
    try {
      await expect(
        sql.query(`UPDATE ratings."FinalRating" SET "finalRating" = 'Outstanding' WHERE "setId" = $1`, [
          final.setId,
        ]),
      ).rejects.toThrow('FinalRating is append-only: UPDATE is allowed only to purge it');
    } finally {
      await sql.end();
    }

    // A correction before publication: recorded by one chair, approved by the other; both sets stay.
    const correction = await chair('PUT', `${base}/decisions/1.3`, {
      version: 1,
      decision: 'down',
      to: 'Inadequate',
      rationale: 'The partnership review came after the panel.',
    });
    expect(correction.status, JSON.stringify(correction.body)).toBe(200);
    expect((await chair('POST', `${base}/approval`)).status).toBe(403);
    const corrected = await secondChair('POST', `${base}/approval`);
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body).toMatchObject({ supersedes: final.setId, approvedBy: 'chair-2' });
    const history = (await inspector('GET', `${base}/final`)).body as Json[];
    expect(history.map(({ setId }) => setId)).toEqual([corrected.body.setId, final.setId]);

    // Every assessment event delivered again from the start of the stream takes effect once.
    const recorded = () =>
      system.ratingsDb.auditEntry.count({ where: { inspectionId: id, action: 'judgements.recorded' } });
    expect(await recorded()).toBe(approvals.length);
    const durable = assessmentConsumerName(system.env.DATABASE_URL);
    const jsm = await jetstreamManager(system.nc);
    // The durable forgets what it delivered; a second replica recreates it from the start of the stream.
    await jsm.consumers.delete(EVENT_STREAM, durable);
    const again = await startRatingsService(
      ratingsConfig.parse({ ...testEnvironment(), DATABASE_URL: system.env.DATABASE_URL }),
      { logger: false },
    );
    try {
      const last = (await jsm.streams.info(EVENT_STREAM)).state.last_seq;
      await eventually('the assessment events delivered again', async () =>
        (await jsm.consumers.info(EVENT_STREAM, durable)).ack_floor.stream_seq >= last ? true : undefined,
      );
      expect(await recorded()).toBe(approvals.length);
      const afterRedelivery = await fetch(`${again.url}${base}/pack`, {
        headers: { authorization: `Bearer ${await system.tokenFor('chair-1', ['panel-chair'])}` },
      });
      const repacked = (await afterRedelivery.json()) as Json;
      expect(repacked.cases).toEqual(decidedPack.cases);
      expect(repacked.standards.map(({ keyQuestions }: Json) => keyQuestions)).toEqual(
        (decidedPack.standards as Json[]).map(({ keyQuestions }) => keyQuestions),
      );
    } finally {
      await again.stop();
    }
  });
});
