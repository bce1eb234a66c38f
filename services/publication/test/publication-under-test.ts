// Test support: the publication service in this process against the real components the global setup
// provides, tokens from the development identity provider, and ways to set up what other parts would: team
// membership rows (the inspection service's team events) and the ratings service's approved-ratings events
// published to JetStream.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startWorker, workerConfig } from '@yji/worker';
import { ratingsApproved, type FinalRatingsView, type Role } from '@yji/contracts';
import { publicationWorkflowId } from '@yji/workflows';
import { eventually } from '../../../tests/harness/poll.ts';
import { startServiceUnderTest } from '../../../tests/harness/service-under-test.ts';
import { testEnvironment } from '../../../tests/harness/test-environment.ts';
import { publicationConfig, startPublicationService } from '../src/index.ts';

export type { ResponseBody } from '../../../tests/harness/service-under-test.ts';

export function publicationTestConfig() {
  return publicationConfig.parse(testEnvironment('yji-publication-test'));
}

const STANDARDS = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4'];

/** A set of final ratings as the ratings service publishes it: every standard Good unless given. */
export function approvedSet(
  inspectionId: string,
  overrides: Partial<FinalRatingsView> = {},
  ratings: Record<string, FinalRatingsView['overall']> = {},
): FinalRatingsView {
  return {
    setId: randomUUID(),
    inspectionId,
    supersedes: null,
    approvedBy: 'chair-1',
    approvedAt: new Date().toISOString(),
    rulesVersion: 'ratings-2020.1',
    standards: STANDARDS.map((id) => ({
      id,
      computedRating: id.startsWith('2') ? 'Good' : null,
      proposedRating: id.startsWith('2') ? null : 'Good',
      finalRating: ratings[id] ?? 'Good',
      smallSample: false,
      rationale: null,
      decidedBy: null,
      decidedAt: null,
      keyQuestions: [],
    })),
    score: 24,
    maxScore: 36,
    overall: 'Good',
    thresholdTable: 'yjs-2020-12-standards',
    caseJudgements: [],
    ...overrides,
  };
}

export async function startPublicationUnderTest(config = publicationTestConfig()) {
  const publication = await startServiceUnderTest(startPublicationService, config, 'yji-publication-test');

  /** Publishes an approved set as the ratings service's outbox relay would: the message id is the row id. */
  const approve = (set: FinalRatingsView, msgID?: string) =>
    publication.publish(ratingsApproved.subject, set, msgID);

  return { ...publication, config, approve };
}

type PublicationUnderTest = Awaited<ReturnType<typeof startPublicationUnderTest>>;

/** A body for PUT …/draft: the report's text, based on `version`. */
export const reportText = (version: number, overview = 'The service knows its children well.') => ({
  version,
  overview,
  findings: [{ standardId: '2.1', strengths: 'Assessments were thorough.', areasForImprovement: 'Plans.' }],
  recommendations: ['Review plans with the child within ten working days.'],
});

/**
 * For one file's tests: the service (with `worker`, also a worker running the publication workflow), a client
 * of its own schema, `inspections`, where a test puts each inspection it starts a publication for (their
 * workflows are ended after the tests), and `inspectionWithReport`, which starts one. Read the service and
 * the client inside a test.
 */
export function usePublicationUnderTest(options: { worker?: boolean } = {}) {
  let publication: PublicationUnderTest | undefined;
  let worker: Awaited<ReturnType<typeof startWorker>> | undefined;
  let sql: pg.Client | undefined;
  const inspections: string[] = [];
  beforeAll(async () => {
    publication = await startPublicationUnderTest();
    if (options.worker) worker = await startWorker(workerConfig.parse(publication.config));
    sql = await schemaClient(publication);
  });
  afterAll(async () => {
    if (publication) await endPublications(publication, inspections);
    await sql?.end();
    await worker?.stop();
    await publication?.stop();
  });

  /**
   * A new inspection with `team` (user id and role) whose approved set of final ratings (`approvedSet`'s,
   * published under `msgID` if given) the service has drafted its report from.
   */
  async function inspectionWithReport(team: readonly (readonly [string, Role])[], msgID?: string) {
    const inspectionId = randomUUID();
    inspections.push(inspectionId);
    for (const [userId, role] of team) await publication!.joinTeam(inspectionId, userId, role);
    const set = approvedSet(inspectionId);
    await publication!.approve(set, msgID);
    await eventually(() => publication!.db.report.findUnique({ where: { inspectionId } }));
    return { inspectionId, set };
  }

  return { publication: () => publication!, sql: () => sql!, inspections, inspectionWithReport };
}

/** A client of the service's own schema, for what the API does not show. */
async function schemaClient(publication: PublicationUnderTest) {
  const sql = new pg.Client({ connectionString: publication.config.DATABASE_URL });
  await sql.connect();
  await sql.query('SET search_path TO publication');
  return sql;
}

/** Ends the publication workflows of `inspectionIds`, which would otherwise wait out their timers. */
async function endPublications(publication: PublicationUnderTest, inspectionIds: readonly string[]) {
  for (const inspectionId of inspectionIds)
    await publication.temporal.workflow
      .getHandle(publicationWorkflowId(inspectionId))
      .terminate('test finished')
      .catch(() => {});
}

export { eventually } from '../../../tests/harness/poll.ts';
