// The published reports for anyone, without signing in (`config: { public: true }`): the index of published
// inspections at /inspections and each report at /inspections/:id, HTML in the GOV.UK style and readable without
// JavaScript (public/report.njk). Only published reports: any other id is a page that says none is published.
// And these pages' accessibility statement at /inspections/accessibility-statement, beside them (the public
// site is the /inspections tree), linked from every page's footer.
import { InspectionIdParams, type StandardFindings } from '@yji/contracts';
import { errorResponses, type App } from '@yji/service-kit';
import { z } from 'zod';
import type { PublicationDb } from '../db.ts';
import { publishedRatings } from '../open-data/published-ratings.ts';
import { publicName, publishedOn, reportView } from '../public/report-view.ts';
import { page, PUBLIC_ACCESSIBILITY_STATEMENT } from '../public/site.ts';

const PUBLIC = { config: { public: true } } as const;
const html = (summary: string) => ({
  tags: ['public report'],
  summary,
  security: [],
  description: 'An HTML page. An id with no published report answers 404 with a page that says so.',
  response: { 200: z.string(), ...errorResponses(400) },
});

export function registerPublicPages(app: App, db: PublicationDb, accessibilityContact?: string) {
  app.get(
    '/inspections',
    { ...PUBLIC, schema: html('Every published inspection report, newest first') },
    async (_request, reply) => {
      const reports = (await publishedRatings(db)).reverse().map((published) => ({
        inspectionId: published.inspectionId,
        name: publicName(published),
        ...publishedOn(published.publishedAt),
        overall: published.ratings.overall,
      }));
      return page(reply, 'index.njk', { title: 'Published inspection reports', reports });
    },
  );

  app.get(
    PUBLIC_ACCESSIBILITY_STATEMENT,
    {
      ...PUBLIC,
      schema: {
        tags: ['public report'],
        summary: "The public pages' accessibility statement",
        security: [],
        description: 'An HTML page.',
        response: { 200: z.string() },
      },
    },
    async (_request, reply) =>
      page(reply, 'accessibility-statement.njk', { title: 'Accessibility statement', accessibilityContact }),
  );

  app.get(
    '/inspections/:id',
    {
      ...PUBLIC,
      schema: {
        ...html('A published inspection report: its ratings, charts, findings and scores'),
        params: InspectionIdParams,
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const [published] = await publishedRatings(db, id);
      if (!published) return page(reply, 'not-found.njk', { title: 'Page not found' }, 404);
      const report = await db.report.findUniqueOrThrow({ where: { inspectionId: id } });
      const text = report.publishedVersion
        ? await db.reportDraft.findUnique({
            where: { inspectionId_version: { inspectionId: id, version: report.publishedVersion } },
          })
        : null;
      const view = reportView(published, {
        overview: text?.overview ?? '',
        findings: (text?.findings ?? []) as StandardFindings[],
        recommendations: (text?.recommendations ?? []) as string[],
      });
      const name = publicName(published);
      return page(reply, 'report.njk', {
        title: `${name}: inspection report, published ${view.publishedInWords}`,
        report: view,
        name,
      });
    },
  );
}
