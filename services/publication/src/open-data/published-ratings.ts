// The published reports' ratings as open data (issue 11, What the public gets): per inspection a
// `ratings.csv` with its data package, and the national roll-up across every published inspection. Only
// the approved final ratings a published report shows: no case reference, no personal data, ever.
import { FinalRatingsView } from '@yji/contracts';
import { movedByPanel, ukDay } from '@yji/domain';
import type { PublicationDb } from '../db.ts';
import { csvRows, schemaFields, type Field } from './columns.ts';

export interface PublishedRatings {
  inspectionId: string;
  /** The inspected service's YJS code; null until the inspection's created event has been read. */
  yjsCode: string | null;
  /** The inspected service's name; null until read, or when that event did not carry it. */
  yjsName: string | null;
  /** The first day of the inspection's fieldwork (YYYY-MM-DD); null until read, or read before it was kept. */
  fieldworkStart: string | null;
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
  return reports.map((report) => {
    const service = services.find(({ inspectionId }) => inspectionId === report.inspectionId);
    return {
      inspectionId: report.inspectionId,
      yjsCode: service?.yjsCode ?? null,
      yjsName: service?.yjsName ?? null,
      fieldworkStart: service?.fieldworkStart ?? null,
      publishedAt: report.publishedAt!,
      // Parsed, so a set kept before a field was added reads with its default.
      ratings: FinalRatingsView.parse(sets.find(({ setId }) => setId === report.ratingsSetId)!.ratings),
    };
  });
}

/** The standard's number: a rating's own in one file, a case judgement's standard in the other. */
const STANDARD: Field = ['standard', 'string', "The standard's number, such as 2.1"];

const RATINGS_FIELDS: readonly Field[] = [
  STANDARD,
  ['computed_rating', 'string', 'The rating computed from the cases (case-based standards)'],
  ['proposed_rating', 'string', "The lead inspector's proposed rating (qualitative standards)"],
  ['final_rating', 'string', 'The rating the panel approved'],
  ['moved_by_panel', 'boolean', 'Whether the panel moved the rating'],
  ['small_sample', 'boolean', 'Whether the rating rests on a small sample'],
];

export const ratingsRows = ({ ratings }: PublishedRatings) =>
  csvRows(RATINGS_FIELDS, ratings.standards, (standard) => [
    standard.id,
    standard.computedRating,
    standard.proposedRating,
    standard.finalRating,
    movedByPanel(standard),
    standard.smallSample,
  ]);

const CASE_JUDGEMENT_FIELDS: readonly Field[] = [
  ['row', 'integer', 'The row number'],
  ['case', 'integer', "The case's number in this file only (not its case reference); its rows share it"],
  ['disposal_group', 'string', 'The disposal group the case was sampled in: court or out-of-court'],
  STANDARD,
  ['key_question', 'string', "The key question's number, such as 2.1.1"],
  ['judgement', 'string', 'yes, no or not applicable'],
];

/** One row per counted case and key question, as the approved set holds them (no case reference). */
export const caseJudgementRows = ({ ratings }: PublishedRatings) =>
  csvRows(CASE_JUDGEMENT_FIELDS, ratings.caseJudgements, (judged, index) => [
    index + 1,
    judged.case,
    judged.disposalGroup,
    judged.standard,
    judged.keyQuestion,
    judged.judgement,
  ]);

/**
 * One row per published inspection: its id, the YJS code and name, the UK day it was published, each
 * standard's final rating, score, overall.
 */
export function nationalRows(published: readonly PublishedRatings[]) {
  const standards = [
    ...new Set(published.flatMap(({ ratings }) => ratings.standards.map(({ id }) => id))),
  ].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return [
    [
      'inspection',
      'yjs_code',
      'yjs_name',
      'published',
      ...standards.map((id) => `standard_${id}`),
      'score',
      'max_score',
      'overall',
    ],
    ...published.map(({ inspectionId, yjsCode, yjsName, publishedAt, ratings }) => [
      inspectionId,
      yjsCode,
      yjsName,
      ukDay(publishedAt),
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
        schema: { fields: schemaFields(RATINGS_FIELDS), primaryKey: 'standard' },
      },
      {
        name: 'case-judgements',
        path: 'case-judgements.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { fields: schemaFields(CASE_JUDGEMENT_FIELDS), primaryKey: 'row' },
      },
    ],
  };
}
