// The published reports' open data, for anyone without signing in (`config: { public: true }`): per
// inspection `/inspections/:id/data/datapackage.json`, `ratings.csv` and `case-judgements.csv`, and the national roll-up
// `/inspections/ratings.csv`. Only published reports; an unpublished one is not found. Rate-limited by address.
import { InspectionIdParams, problem } from '@yji/contracts';
import { errorResponses, HttpError, type App } from '@yji/service-kit';
import { z } from 'zod';
import type { PublicationDb } from '../db.ts';
import { csv, type CsvRows } from '../open-data/csv.ts';
import {
  caseJudgementRows,
  dataPackage,
  nationalRows,
  publishedRatings,
  ratingsRows,
  type PublishedRatings,
} from '../open-data/published-ratings.ts';

const PUBLIC = { config: { public: true } } as const;
const CSV = 'text/csv; charset=utf-8';
/** Anyone may read these: the OpenAPI document says no token is needed. */
const openData = (summary: string, response: z.ZodType) => ({
  tags: ['open data'],
  summary,
  security: [],
  response: { 200: response, ...errorResponses(400, 404) },
});

export function registerOpenData(app: App, db: PublicationDb) {
  const published = async (id: string) => {
    const [report] = await publishedRatings(db, id);
    if (!report) throw new HttpError(problem('not-found', { what: 'published report' }));
    return report;
  };

  app.get(
    '/inspections/ratings.csv',
    {
      ...PUBLIC,
      schema: openData(
        'Every published inspection: each standard’s final rating, the score, the overall rating',
        z.string(),
      ),
    },
    async (_request, reply) => reply.type(CSV).send(csv(nationalRows(await publishedRatings(db)))),
  );
  const inspectionCsv = (file: string, summary: string, rows: (report: PublishedRatings) => CsvRows) =>
    app.get(
      `/inspections/:id/data/${file}`,
      { ...PUBLIC, schema: { ...openData(summary, z.string()), params: InspectionIdParams } },
      async (request, reply) => reply.type(CSV).send(csv(rows(await published(request.params.id)))),
    );
  inspectionCsv(
    'ratings.csv',
    'A published inspection’s ratings: computed, proposed, final, moved by the panel',
    ratingsRows,
  );
  inspectionCsv(
    'case-judgements.csv',
    'A published inspection’s case judgements: per case (a number, not its reference) and key question',
    caseJudgementRows,
  );
  app.get(
    '/inspections/:id/data/datapackage.json',
    {
      ...PUBLIC,
      schema: {
        ...openData(
          'A published inspection’s data package: its CSV files, their fields, the licence (OGL)',
          z.unknown(),
        ),
        params: InspectionIdParams,
      },
    },
    async (request) => dataPackage(await published(request.params.id)),
  );
}
