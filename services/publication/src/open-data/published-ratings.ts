// The published reports' ratings as open data (issue 11, What the public gets): per inspection a
// `ratings.csv` with its data package, and the national roll-up across every published inspection. Only
// the approved final ratings a published report shows: no case reference, no personal data, ever.
import { FinalRatingsView } from '@yji/contracts';
import type { PublicationDb } from '../db.ts';

export interface PublishedRatings {
  inspectionId: string;
  /** The inspected service's YJS code; null until the inspection's created event has been read. */
  yjsCode: string | null;
  publishedAt: Date;
  ratings: FinalRatingsView;
}

/** The published reports (one, or all), with the approved set each shows, oldest publication first. */
export async function publishedRatings(
  db: PublicationDb,
  inspectionId?: string,
): Promise<PublishedRatings[]> {
  const reports = await db.report.findMany({
    where: { publishedAt: { not: null }, ...(inspectionId ? { inspectionId } : {}) },
    orderBy: { publishedAt: 'asc' },
  });
  const ids = reports.map((report) => report.inspectionId);
  const [sets, services] = await Promise.all([
    db.approvedRatingSet.findMany({
      where: { setId: { in: reports.map(({ ratingsSetId }) => ratingsSetId) } },
    }),
    db.inspectedService.findMany({ where: { inspectionId: { in: ids } } }),
  ]);
  return reports.map((report) => ({
    inspectionId: report.inspectionId,
    yjsCode: services.find((service) => service.inspectionId === report.inspectionId)?.yjsCode ?? null,
    publishedAt: report.publishedAt!,
    // Parsed, so a set kept before a field was added reads with its default.
    ratings: FinalRatingsView.parse(sets.find(({ setId }) => setId === report.ratingsSetId)!.ratings),
  }));
}

/** Whether the panel's final rating differs from the computed (case-based) or proposed (qualitative) one. */
export const movedByPanel = (standard: FinalRatingsView['standards'][number]) =>
  standard.finalRating !== (standard.computedRating ?? standard.proposedRating);

export const RATINGS_FIELDS = [
  { name: 'standard', type: 'string', description: "The standard's number, such as 2.1" },
  {
    name: 'computed_rating',
    type: 'string',
    description: 'The rating computed from the cases (case-based standards)',
  },
  {
    name: 'proposed_rating',
    type: 'string',
    description: "The lead inspector's proposed rating (qualitative standards)",
  },
  { name: 'final_rating', type: 'string', description: 'The rating the panel approved' },
  { name: 'moved_by_panel', type: 'boolean', description: 'Whether the panel moved the rating' },
  { name: 'small_sample', type: 'boolean', description: 'Whether the rating rests on a small sample' },
] as const;

export function ratingsRows({ ratings }: PublishedRatings) {
  return [
    RATINGS_FIELDS.map(({ name }) => name),
    ...ratings.standards.map((standard) => [
      standard.id,
      standard.computedRating,
      standard.proposedRating,
      standard.finalRating,
      movedByPanel(standard),
      standard.smallSample,
    ]),
  ];
}

export const CASE_JUDGEMENT_FIELDS = [
  { name: 'row', type: 'integer', description: 'The row number' },
  {
    name: 'case',
    type: 'integer',
    description: "The case's number in this file only (not its case reference); its rows share it",
  },
  {
    name: 'disposal_group',
    type: 'string',
    description: 'The disposal group the case was sampled in: court or out-of-court',
  },
  { name: 'standard', type: 'string', description: "The standard's number, such as 2.1" },
  { name: 'key_question', type: 'string', description: "The key question's number, such as 2.1.1" },
  { name: 'judgement', type: 'string', description: 'yes, no or not applicable' },
] as const;

/** One row per counted case and key question, as the approved set holds them (no case reference). */
export function caseJudgementRows({ ratings }: PublishedRatings) {
  return [
    CASE_JUDGEMENT_FIELDS.map(({ name }) => name),
    ...ratings.caseJudgements.map((judged, index) => [
      index + 1,
      judged.case,
      judged.disposalGroup,
      judged.standard,
      judged.keyQuestion,
      judged.judgement,
    ]),
  ];
}

/** One row per published inspection: its id, the YJS code, publication date, each standard's final rating, score, overall. */
export function nationalRows(published: readonly PublishedRatings[]) {
  const standards = [
    ...new Set(published.flatMap(({ ratings }) => ratings.standards.map(({ id }) => id))),
  ].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return [
    [
      'inspection',
      'yjs_code',
      'published',
      ...standards.map((id) => `standard_${id}`),
      'score',
      'max_score',
      'overall',
    ],
    ...published.map(({ inspectionId, yjsCode, publishedAt, ratings }) => [
      inspectionId,
      yjsCode,
      publishedAt.toISOString().slice(0, 10),
      ...standards.map((id) => ratings.standards.find((standard) => standard.id === id)?.finalRating ?? null),
      ratings.score,
      ratings.maxScore,
      ratings.overall,
    ]),
  ];
}

/** The inspection's tabular data package (Frictionless Data): its resources, their fields, the licence. */
export function dataPackage({ inspectionId, publishedAt }: PublishedRatings) {
  return {
    profile: 'tabular-data-package',
    name: `yji-inspection-${inspectionId}`,
    title: 'Youth justice inspection: the approved ratings and the case judgements they rest on',
    created: publishedAt.toISOString(),
    licenses: [
      {
        name: 'OGL-UK-3.0',
        title: 'Open Government Licence v3.0',
        path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      },
    ],
    resources: [
      {
        name: 'ratings',
        path: 'ratings.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { fields: RATINGS_FIELDS, primaryKey: 'standard' },
      },
      {
        name: 'case-judgements',
        path: 'case-judgements.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { fields: CASE_JUDGEMENT_FIELDS, primaryKey: 'row' },
      },
    ],
  };
}
