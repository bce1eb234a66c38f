// Quality assurance end to end, over HTTP, against real Temporal, NATS and PostgreSQL: the lead inspector
// sets the QA policy in the inspection service and the fieldwork service routes the submissions the case
// workflows lock by it; every review is blind, so each reviewer records their own key-question judgements
// first; one case is returned, revised and approved (both versions kept, the difference shown); a reviewer
// is refused their own case and nothing changes; the agreement figures match a hand calculation from the
// judgements sent; a safeguarding alert reaches the lead inspector; and the lead sees the inspection ready for
// the ratings panel once every case is approved — and the inspection moves fieldwork → quality assurance →
// its ratings panel by itself.
import { describe, expect, it } from 'vitest';
import { requireFramework } from '@yji/domain';
import { completeAnswers } from '@yji/domain/testing';
import {
  callerAs,
  callersOf,
  caseManagerInterview,
  eventually,
  inspectionInFieldwork,
  PEOPLE,
  setQaSettings,
  useSystem,
  type Caller,
  type Json,
  anAlert,
} from '../harness/index.ts';

/** Agreement of two raters on yes/no items, worked by hand: observed, chance, and Cohen's kappa. */
function handKappa(pairs: [boolean, boolean][]) {
  const n = pairs.length;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const firstYes = pairs.filter(([a]) => a).length / n;
  const secondYes = pairs.filter(([, b]) => b).length / n;
  const chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  return { percent: agree * 100, kappa: (agree - chance) / (1 - chance) };
}

describe('quality assurance from submission to ready for the ratings panel', () => {
  const system = useSystem();
  const { lead, reviewer, inspector } = callersOf(system);
  const ownReviewer = callerAs(system, 'inspector-3', ['inspector', 'qa-reviewer']);
  const assessors = new Map<string, Caller>([
    ['inspector-1', inspector],
    ['inspector-3', ownReviewer],
  ]);

  it(
    'routes, reviews blind, returns, approves, measures agreement and reaches ready-for-panel',
    { timeout: 240_000 },
    async () => {
      const inspection = await inspectionInFieldwork(system, lead, {
        team: [
          PEOPLE.inspector,
          { userId: 'inspector-3', role: 'inspector' },
          { userId: 'inspector-3', role: 'qa-reviewer' },
          PEOPLE.reviewer,
        ],
        sampleSize: 4,
      });
      const fw = (path: string) => `/api/fieldwork${path}`;

      // Every case to QA, every review blind; the settings reach the fieldwork service as an event.
      await setQaSettings(system, lead, inspection.id, {
        policy: { seed: 'e2e-qa', shareByRole: { inspector: 1, 'local-assessor': 1 }, blindShare: 1 },
        alertEscalation: { escalateAfterMs: 60_000, secondPersonId: 'qa-1' },
      });

      // Each assessor answers completely: the first key question's summary no, the rest yes; then submits
      // through the case workflow.
      const assessorJudgements = new Map<string, Record<string, boolean>>();
      for (const entry of inspection.cases) {
        const call = assessors.get(entry.assigneeId)!;
        const path = fw(`/tasks/${entry.taskId}`);
        const task = (await call('GET', path)).body;
        const framework = requireFramework(task.frameworkId);
        const context = {
          disposalType: task.facts.disposalType,
          inspectorClassification: { safetyWellbeing: 'medium', riskOfHarm: 'medium' },
          careExperience: { inspectedYjsIsHome: true, inspectedYjsAssessed: true },
        } as const;
        const summaries = framework.sections.flatMap((section) =>
          section.keyQuestions.flatMap((kq) => {
            const summary = kq.questions.find((q) => q.kind === 'summary');
            return kq.standard && summary ? [{ id: kq.standard, code: summary.code }] : [];
          }),
        );
        const fixed = Object.fromEntries(
          summaries.map(({ code }, index) => [code, index === 0 ? 'no' : 'yes']),
        );
        const answers = completeAnswers(framework, context, fixed);
        expect(
          (
            await call('PUT', `${path}/draft`, {
              version: 0,
              answers,
              inspectorClassification: context.inspectorClassification,
              careExperience: context.careExperience,
            })
          ).status,
        ).toBe(200);
        expect((await call('PUT', `${path}/interview`, caseManagerInterview())).status).toBe(200);
        const submitted = await call('POST', `${path}/submit`, { version: 1 });
        expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
        assessorJudgements.set(
          entry.taskId,
          Object.fromEntries(summaries.map(({ id, code }) => [id, answers[code] === 'yes'])),
        );
      }

      // Every case submitted: the inspection moves on to quality assurance by itself.
      const phase = async () => (await lead('GET', `/api/inspections/${inspection.id}`)).body.workflow.phase;
      await eventually('the inspection in quality assurance', async () =>
        (await phase()) === 'quality-assurance' ? true : undefined,
      );

      // Every case waits for QA, oldest first.
      const queue = await eventually('every case in the QA queue', async () => {
        const listed = await reviewer('GET', fw(`/reviews?inspectionId=${inspection.id}`));
        return listed.body.reviews?.length === inspection.cases.length ? listed.body.reviews : undefined;
      });
      expect(queue.every((entry: Json) => entry.selection.blind && entry.state === 'awaiting-qa')).toBe(true);

      // A reviewer is refused their own assessment, and nothing changes.
      const own = inspection.cases.find((entry) => entry.assigneeId === 'inspector-3');
      if (own) {
        const before = await system.fieldworkDb.caseReview.findUniqueOrThrow({
          where: { taskId: own.taskId },
        });
        const refused = await ownReviewer('POST', fw(`/reviews/${own.taskId}/claim`), {
          version: before.version,
        });
        expect(refused.status).toBe(403);
        expect(refused.body.error.code).toBe('duty-refused');
        expect(
          await system.fieldworkDb.caseReview.findUniqueOrThrow({ where: { taskId: own.taskId } }),
        ).toEqual(before);
      }

      // qa-1 reviews every case blind: their own judgements first (disagreeing on the second key question),
      // then the answers are shown. The first case is returned once.
      const pairs: [boolean, boolean][] = [];
      let returnedTask: string | undefined;
      for (const entry of inspection.cases) {
        const path = fw(`/reviews/${entry.taskId}`);
        const blind = await reviewer('GET', path);
        expect(blind.body).toMatchObject({ answersWithheld: true, versions: [] });
        let version = (await reviewer('POST', `${path}/claim`, { version: blind.body.version })).body.version;
        const theirs = assessorJudgements.get(entry.taskId)!;
        const mine = Object.fromEntries(
          blind.body.keyQuestions.map(({ id }: Json, index: number) => [
            id,
            index === 1 ? !theirs[id] : theirs[id],
          ]),
        );
        for (const id of Object.keys(mine)) pairs.push([theirs[id]!, mine[id]!]);
        expect(
          (await reviewer('PUT', `${path}/blind-judgements`, { version, judgements: mine })).status,
        ).toBe(200);
        expect((await reviewer('GET', path)).body.versions).toHaveLength(1);

        if (!returnedTask) {
          returnedTask = entry.taskId;
          const summaryCode = blind.body.keyQuestions[0].summaryCode as string;
          const returned = await reviewer('POST', `${path}/return`, {
            version,
            reason: 'The first judgement needs its evidence',
            comments: { [summaryCode]: 'Which plan shows this?' },
          });
          expect(returned.body.state).toBe('returned');
          const assessor = assessors.get(entry.assigneeId)!;
          const taskPath = fw(`/tasks/${entry.taskId}`);
          const task = (await assessor('GET', taskPath)).body;
          expect(task.review.returned.comments).toEqual({ [summaryCode]: 'Which plan shows this?' });
          expect((await assessor('POST', `${taskPath}/revise`)).status).toBe(200);
          const saved = await assessor('PUT', `${taskPath}/draft`, {
            version: task.version,
            answers: {},
            rationale: { [summaryCode]: 'The plan of 2 October records the risk to others.' },
          });
          expect(saved.status, JSON.stringify(saved.body)).toBe(200);
          expect((await assessor('POST', `${taskPath}/submit`, { version: saved.body.version })).status).toBe(
            200,
          );
          const again = await reviewer('GET', path);
          expect(again.body).toMatchObject({ state: 'awaiting-qa', reviewerId: 'qa-1', round: 2 });
          expect(again.body.versions.map((v: Json) => v.round)).toEqual([1, 2]);
          const diff = await reviewer('GET', `${path}/diff?from=1&to=2`);
          expect(diff.body.changes).toEqual([
            {
              field: `rationale.${summaryCode}`,
              before: null,
              after: 'The plan of 2 October records the risk to others.',
            },
          ]);
          version = (await reviewer('POST', `${path}/claim`, { version: again.body.version })).body.version;
        }
        const approved = await reviewer('POST', `${path}/approve`, { version });
        expect(approved.body, JSON.stringify(approved.body)).toMatchObject({
          state: 'approved',
          approval: 'reviewed',
        });
      }

      // The agreement figures match the hand calculation over every pair sent.
      const agreement = await lead('GET', fw(`/inspections/${inspection.id}/agreement`));
      const hand = handKappa(pairs);
      expect(agreement.body.blindReviews).toBe(inspection.cases.length);
      expect(agreement.body.inspection.pairs).toBe(pairs.length);
      expect(agreement.body.inspection.percentAgreement).toBeCloseTo(hand.percent, 10);
      expect(agreement.body.inspection.kappa.value).toBeCloseTo(hand.kappa, 10);

      // A safeguarding alert reaches the lead inspector's list at once.
      const first = inspection.cases[0]!;
      const alert = await assessors.get(first.assigneeId)!(
        'POST',
        fw(`/tasks/${first.taskId}/alerts`),
        anAlert(),
      );
      expect(alert.status).toBe(201);
      const alerts = await lead('GET', fw(`/inspections/${inspection.id}/alerts`));
      expect(alerts.body.alerts.map((a: Json) => a.alertId)).toEqual([alert.body.alertId]);

      // Every case approved: nothing blocks the ratings panel.
      const progress = await lead('GET', fw(`/inspections/${inspection.id}/qa-progress`));
      expect(progress.body).toMatchObject({ readyForPanel: true, blockers: [] });
      const live = await lead('GET', fw(`/inspections/${inspection.id}/live-ratings`));
      expect(live.body.approved.some((standing: Json) => standing.applicable > 0)).toBe(true);
      // …and the inspection has moved on by itself: ready for the panel, whose workflow it starts at once.
      await eventually('the inspection at its ratings panel', async () =>
        (await phase()) === 'ratings-panel' ? true : undefined,
      );
    },
  );
});
