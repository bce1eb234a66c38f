// The demo's publication, once the panel has approved the ratings: the lead inspector writes the report (an
// overview, findings for every rated standard, a recommendation) and sends it for the factual accuracy check
// with a deadline a few seconds ahead; the YJS contact comments on two sections; when the check has closed,
// the lead accepts one comment and rejects the other, saves the revised text and schedules publication a few
// seconds ahead. The demo waits until the report, its PDF and its open data are public.
import { waitFor, type Json, type Person } from './demo-api.ts';

export interface PublicUrls {
  report: string;
  pdf: string;
  datapackage: string;
  ratingsCsv: string;
  caseJudgementsCsv: string;
}

export interface PublicationResult {
  publishedAt: string;
  version: number;
  comments: { accepted: number; rejected: number };
  urls: PublicUrls;
}

/** Seconds ahead: long enough for the calls before them on a busy machine, short for the demo. */
const CHECK_SECONDS = 10;
const PUBLISH_SECONDS = 5;
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

export function publicUrls(publicationUrl: string, inspectionId: string): PublicUrls {
  const report = `${publicationUrl}/inspections/${inspectionId}`;
  return {
    report,
    pdf: `${report}/report.pdf`,
    datapackage: `${report}/data/datapackage.json`,
    ratingsCsv: `${publicationUrl}/inspections/ratings.csv`,
    caseJudgementsCsv: `${report}/data/case-judgements.csv`,
  };
}

export async function playPublication(
  inspectionId: string,
  publicationUrl: string,
  people: { lead: Person; yjs: Person },
  progress: (line: string) => void,
): Promise<PublicationResult> {
  const { lead, yjs } = people;
  const base = `/api/publication/inspections/${inspectionId}`;
  const draft = await waitFor('the report with the approved ratings', () =>
    lead('GET', `${base}/draft`).catch(() => undefined),
  );
  const text = (version: number, overview: string) => ({
    version,
    overview,
    findings: (draft.ratings.standards as Json[]).map(({ id }) => ({
      standardId: id,
      strengths: `Leaders and staff know the children well (standard ${id}, demo).`,
      areasForImprovement: `Plans are not always reviewed when things change (standard ${id}, demo).`,
    })),
    recommendations: ['Review every plan with the child and their family when their circumstances change.'],
  });
  const written = await lead(
    'PUT',
    `${base}/draft`,
    text(draft.version, 'The partnership board meets every quarter (demo).'),
  );
  await lead('POST', `${base}/factual-check`, {
    version: written.version,
    deadline: inSeconds(CHECK_SECONDS),
  });
  const comment = async (section: string, words: string) =>
    (await yjs('POST', `${base}/factual-check/comments`, { section, text: words }, 201)).id as string;
  const toAccept = await comment('overview', 'The board meets every month, not every quarter.');
  const toReject = await comment(`standard-${draft.ratings.standards[0].id}`, 'Every plan was reviewed.');
  progress('the report is written and the YJS contact has commented on it');

  await waitFor('the factual accuracy check closed', async () =>
    (await yjs('GET', `${base}/factual-check`)).closedAt ? true : undefined,
  );
  await lead('PUT', `${base}/factual-check/comments/${toAccept}/response`, {
    decision: 'accepted',
    reason: 'Corrected in the overview.',
  });
  await lead('PUT', `${base}/factual-check/comments/${toReject}/response`, {
    decision: 'rejected',
    reason: 'Two plans in the sample were not reviewed after a change.',
  });
  await lead(
    'PUT',
    `${base}/draft`,
    text(written.version, 'The partnership board meets every month (demo).'),
  );
  await lead('PUT', `${base}/schedule`, { version: 0, publishAt: inSeconds(PUBLISH_SECONDS), embargo: [] });
  progress('one comment accepted, one rejected; publication scheduled');

  const schedule = await waitFor('the report published', async () => {
    const current = await lead('GET', `${base}/schedule`);
    return current.publishedAt ? current : undefined;
  });
  const urls = publicUrls(publicationUrl, inspectionId);
  await waitFor('the report PDF', async () => ((await fetch(urls.pdf)).ok ? true : undefined));
  progress(`published: ${urls.report}`);
  return {
    publishedAt: schedule.publishedAt,
    version: schedule.publishedVersion,
    comments: { accepted: 1, rejected: 1 },
    urls,
  };
}
