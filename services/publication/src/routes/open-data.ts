// The published reports' open data, for anyone without signing in (`config: { public: true }`): per
// inspection `/inspections/:id/data/datapackage.json` and `ratings.csv`, and the national roll-up
// `/inspections/ratings.csv`. Only published reports; an unpublished one is not found. Rate-limited by address.
import { InspectionIdParams, problem } from '@yji/contracts';
import { errorResponses, HttpError, type App } from '@yji/service-kit';
import { z } from 'zod';
import type { PublicationDb } from '../db.ts';
import { csv } from '../open-data/csv.ts';
import { dataPackage, nationalRows, publishedRatings, ratingsRows } from '../open-data/published-ratings.ts';

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
  app.get(
    '/inspections/:id/data/ratings.csv',
    {
      ...PUBLIC,
      schema: {
        ...openData(
          'A published inspection’s ratings: computed, proposed, final, moved by the panel',
          z.string(),
        ),
        params: InspectionIdParams,
      },
    },
    async (request, reply) => reply.type(CSV).send(csv(ratingsRows(await published(request.params.id)))),
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
