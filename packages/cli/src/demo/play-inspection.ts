// Plays a whole inspection through the public HTTP APIs, as each person would: the lead inspector sets it up,
// samples, confirms, assigns and sets the QA policy; the assessors answer every case with valid, seeded
// answers and submit; one safeguarding alert is raised and acknowledged; the QA reviewers work the queue
// (blind where the policy says, one case returned and revised); the inspection moves on to its ratings
// panel by itself, and the panel settles and approves the ratings (play-panel.ts). Every rule on the way is
// the services' own: the demo only acts and waits.
import { completeAnswers, createPrng } from '@yji/domain/testing';
import { requireFramework } from '@yji/domain';
import { personOn, waitFor, type DemoAddresses, type Json, type Person, type TokenFor } from './demo-api.ts';
import { demoLongList } from './demo-long-list.ts';
import { playPanel, type PanelResult } from './play-panel.ts';
import { playPublication, type PublicationResult, type PublicUrls } from './play-publication.ts';

export const DEMO_PHASES = ['fieldwork', 'ready-for-panel', 'ratings-approved', 'published'] as const;
export type DemoPhase = (typeof DEMO_PHASES)[number];

export interface DemoOptions {
  cases: number;
  seed: string;
  through: DemoPhase;
}

export interface DemoResult {
  inspectionId: string;
  phase: string;
  cases: number;
  qa: {
    reviewed: number;
    returned: number;
    approved: number;
    agreement: {
      keyQuestion: string;
      pairs: number;
      percentAgreement: number | null;
      kappa: number | null;
    }[];
  };
  alerts: { raised: number; acknowledged: number };
  /** The approved final ratings, when the demo plays through the panel. */
  ratings?: PanelResult;
  /** The report's publication and its public addresses, when the demo plays through publication. */
  publication?: Omit<PublicationResult, 'urls'>;
  urls?: PublicUrls;
}

const ASSESSORS: Record<string, string[]> = {
  'inspector-1': ['inspector'],
  'inspector-2': ['inspector'],
  'assessor-1': ['local-assessor'],
};
const REVIEWERS: Record<string, string[]> = { 'qa-1': ['qa-reviewer'], 'qa-2': ['qa-reviewer'] };
const CHAIR = 'chair-1';
const YJS_CONTACT = 'yjs-1';
/** How often a blind reviewer's own judgement differs from the assessor's. */
const DISAGREEMENT = 0.15;

const CONTEXT = {
  inspectorClassification: { safetyWellbeing: 'medium', riskOfHarm: 'medium' },
  careExperience: { inspectedYjsIsHome: true, inspectedYjsAssessed: true },
} as const;

export async function playInspection(
  addresses: DemoAddresses,
  tokenFor: TokenFor,
  options: DemoOptions,
  progress: (line: string) => void,
): Promise<DemoResult> {
  const random = createPrng(options.seed);
  const as = (userId: string, roles: string[]) => personOn(addresses, tokenFor, userId, roles);
  const lead = as('lead-1', ['lead-inspector']);
  const assessors = new Map(Object.entries(ASSESSORS).map(([id, roles]) => [id, as(id, roles)]));
  const reviewers = Object.entries(REVIEWERS).map(([id, roles]) => ({ id, call: as(id, roles) }));

  // Set-up, sample and assignment by the lead inspector.
  const start = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const day = (offset: number) =>
    new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const { id } = await lead(
    'POST',
    '/api/inspections',
    {
      yjs: { name: 'Demo Youth Justice Service', code: 'DEM' },
      fieldworkStart: start,
      fieldworkEnd: day(11),
      frameworks: { courtDisposals: 'd2-v6.5', outOfCourt: 'd3-v3.6', standards: 'standards-2020' },
      sample: { size: options.cases },
      deadlines: { assessmentsDue: day(9), reminderDaysBefore: 2 },
    },
    201,
  );
  const at = (path: string) => `/api/inspections/${id}${path}`;
  const phaseReaches = (phase: string) =>
    waitFor(`the inspection in ${phase}`, async () =>
      (await lead('GET', at(''))).workflow.phase === phase ? phase : undefined,
    );
  // Stored by the worker, if the start answered before it was (202): read back before anything is changed.
  await waitFor('the inspection stored', () =>
    lead('GET', at('')).then(
      () => true,
      () => undefined,
    ),
  );
  progress(`inspection ${id} created`);
  await lead('PUT', at('/team'), {
    members: [
      ...Object.entries(ASSESSORS).map(([userId, [role]]) => ({ userId, role })),
      ...Object.keys(REVIEWERS).map((userId) => ({ userId, role: 'qa-reviewer' })),
      { userId: CHAIR, role: 'panel-chair' },
      { userId: YJS_CONTACT, role: 'yjs-contact' },
    ],
  });
  await lead('PUT', at('/qa-settings'), {
    policy: { seed: options.seed, shareByRole: { inspector: 0.5, 'local-assessor': 1 }, blindShare: 0.5 },
    alertEscalation: { secondPersonId: CHAIR },
  });
  await lead('POST', at('/long-list'), demoLongList(start, Math.max(40, options.cases * 4), random));
  await lead('POST', at('/sample'), { seed: options.seed });
  await lead('POST', at('/sample/confirm'));
  await waitFor('every case task', async () =>
    (await lead('GET', at('/progress'))).totals?.cases === options.cases ? true : undefined,
  );
  await lead('POST', at('/assignments'), { mode: 'auto' });
  await waitFor('every case assigned', async () =>
    (await lead('GET', at('/progress'))).totals?.byState?.assigned === options.cases ? true : undefined,
  );
  progress(`${options.cases} cases sampled, confirmed and assigned`);

  // Fieldwork: every assessor answers and submits their cases; one safeguarding alert.
  let alerts = { raised: 0, acknowledged: 0 };
  for (const [assessorId, call] of assessors) {
    const tasks = await waitFor(`${assessorId}'s tasks`, async () => {
      const mine = (await call('GET', `/api/fieldwork/tasks?inspectionId=${id}&limit=200`)).tasks as Json[];
      const expected = ((await lead('GET', at('/progress'))).cases as Json[]).filter(
        (entry) => entry.assigneeId === assessorId,
      ).length;
      return mine.length === expected ? mine : undefined;
    });
    for (const summary of tasks) {
      const path = `/api/fieldwork/tasks/${summary.taskId}`;
      const task = await call('GET', path);
      const framework = requireFramework(task.frameworkId);
      const fixed: Record<string, string> = {};
      for (const section of framework.sections)
        for (const keyQuestion of section.keyQuestions) {
          const summaryQuestion = keyQuestion.questions.find((question) => question.kind === 'summary');
          if (summaryQuestion) fixed[summaryQuestion.code] = random() < 0.7 ? 'yes' : 'no';
        }
      const answers = completeAnswers(
        framework,
        { disposalType: task.facts.disposalType, ...CONTEXT },
        fixed,
      );
      await call('PUT', `${path}/draft`, { version: 0, answers, ...CONTEXT });
      await call('PUT', `${path}/interview`, {
        date: start,
        withWhom: 'case manager',
        notes: 'Discussed the plan.',
      });
      if (alerts.raised === 0) {
        const alert = await call(
          'POST',
          `${path}/alerts`,
          {
            concerns: ['harm-from-others'],
            atRisk: ['this-child'],
            urgency: 'urgent',
            seen: 'A concern recorded on the case file (demo)',
            done: 'Told the case manager (demo)',
            forwardedBy: 'yji',
          },
          201,
        );
        alerts = { raised: 1, acknowledged: 0 };
        await lead('POST', `/api/fieldwork/alerts/${alert.alertId}/acknowledge`);
        alerts.acknowledged = 1;
      }
      await call('POST', `${path}/submit`, { version: 1 });
    }
    progress(`${assessorId} submitted ${tasks.length} case(s)`);
  }
  const qaProgress = () => lead('GET', `/api/fieldwork/inspections/${id}/qa-progress`);
  const submitted = await waitFor('every case routed', async () => {
    const now = await qaProgress();
    return (now.cases as Json[]).every((entry) => entry.reviewState !== null) ? now : undefined;
  });
  const result: DemoResult = {
    inspectionId: id,
    phase: await phaseReaches('quality-assurance'),
    cases: options.cases,
    qa: { reviewed: 0, returned: 0, approved: 0, agreement: [] },
    alerts,
  };
  if (options.through === 'fieldwork') return result;
  result.qa.approved = (submitted.cases as Json[]).filter((entry) => entry.reviewState === 'approved').length;
  progress(`${result.qa.approved} case(s) approved without review; the rest wait for QA`);

  // Quality assurance: the reviewers take turns on the queue; the first case reviewed is returned once.
  let turn = 0;
  for (;;) {
    const reviewer = reviewers[turn % reviewers.length]!;
    turn += 1;
    const queue = (await reviewer.call('GET', `/api/fieldwork/reviews?inspectionId=${id}`)).reviews as Json[];
    const next = queue[0];
    if (!next) {
      const others = await Promise.all(
        reviewers.map(
          async ({ call }) =>
            ((await call('GET', `/api/fieldwork/reviews?inspectionId=${id}`)).reviews as Json[]).length,
        ),
      );
      if (others.every((count) => count === 0)) break;
      continue;
    }
    await reviewOne(reviewer.call, next, assessors, random, result);
  }
  // Every case approved: the inspection moves on and starts its ratings panel at once.
  result.phase = await phaseReaches('ratings-panel');
  const ready = await qaProgress();
  progress(`every case approved: the ratings panel has started (${(ready.cases as Json[]).length} cases)`);
  const agreement = await lead('GET', `/api/fieldwork/inspections/${id}/agreement`);
  result.qa.agreement = (agreement.byKeyQuestion as Json[]).map((figures) => ({
    keyQuestion: figures.id,
    pairs: figures.pairs,
    percentAgreement: figures.percentAgreement,
    kappa: figures.kappa.defined ? figures.kappa.value : null,
  }));
  if (options.through === 'ready-for-panel') return result;

  const caseRefs = (ready.cases as Json[]).map(({ caseRef }) => caseRef as string);
  result.ratings = await playPanel(id, caseRefs, options.cases, {
    lead,
    chair: as(CHAIR, ['panel-chair']),
  });
  result.phase = await phaseReaches('ratings-approved');
  progress(`the panel approved the ratings: overall ${result.ratings.overall}`);
  if (options.through === 'ratings-approved') return result;

  const { urls, ...publication } = await playPublication(
    id,
    addresses.publication,
    { lead, yjs: as(YJS_CONTACT, ['yjs-contact']) },
    progress,
  );
  result.publication = publication;
  result.urls = urls;
  // The inspection's own workflow ends its part at the approval; the publication service says it is public.
  result.phase = 'published';
  return result;
}

/** One review from claim to approval: blind judgements first where the review is blind; the first one returned. */
async function reviewOne(
  reviewer: Person,
  summary: Json,
  assessors: Map<string, Person>,
  random: () => number,
  result: DemoResult,
) {
  const path = `/api/fieldwork/reviews/${summary.taskId}`;
  let { version } = await reviewer('POST', `${path}/claim`, { version: summary.version });
  const review = await reviewer('GET', path);
  if (review.answersWithheld) {
    const assessor = (
      await assessors.get(summary.assessorId)!('GET', `/api/fieldwork/tasks/${summary.taskId}`)
    ).answers as Json;
    const judgements = Object.fromEntries(
      (review.keyQuestions as Json[]).map(({ id, summaryCode }) => {
        const theirs = assessor[summaryCode] === 'yes';
        return [id, random() < DISAGREEMENT ? !theirs : theirs];
      }),
    );
    await reviewer('PUT', `${path}/blind-judgements`, { version, judgements });
  }
  if (result.qa.returned === 0 && review.round === 1) {
    const firstKeyQuestion = (review.keyQuestions as Json[])[0]!;
    await reviewer('POST', `${path}/return`, {
      version,
      reason: 'Please give the evidence for the first judgement (demo).',
      comments: { [firstKeyQuestion.summaryCode]: 'Which document shows this? (demo)' },
    });
    result.qa.returned += 1;
    const assessor = assessors.get(summary.assessorId)!;
    const taskPath = `/api/fieldwork/tasks/${summary.taskId}`;
    await assessor('POST', `${taskPath}/revise`);
    const task = await assessor('GET', taskPath);
    const saved = await assessor('PUT', `${taskPath}/draft`, {
      version: task.version,
      answers: {},
      rationale: { [firstKeyQuestion.summaryCode]: 'The assessment of 2 October records it (demo).' },
    });
    await assessor('POST', `${taskPath}/submit`, { version: saved.version });
    const back = await reviewer('GET', path);
    ({ version } = await reviewer('POST', `${path}/claim`, { version: back.version }));
  }
  await reviewer('POST', `${path}/approve`, { version });
  result.qa.reviewed += 1;
  result.qa.approved += 1;
}
