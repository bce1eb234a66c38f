// GET /inspections/:id/qa: where quality assurance stands, for the lead inspector — each case's task and
// review state, the cases keeping the inspection from the ratings panel and why, the agreement between
// assessors and blind reviewers (percent and Cohen's kappa), and the live ratings from the judgements so far.
// Every figure is the fieldwork service's (from packages/domain); this page only shows them.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { AgreementView, LiveRatingsView, QaProgressView } from '@yji/contracts';
import { agreementRow } from './agreement-words.ts';
import { keyQuestionTitle } from '../web/nunjucks-filters.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, page, type RouteDeps } from './route-deps.ts';

export function registerQaProgress(app: FastifyInstance, deps: RouteDeps) {
  app.get('/inspections/:id/qa', { preHandler: leadPage }, async (request, reply) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const api = apiFor(deps, request);
    const [progress, agreement, live] = await Promise.all([
      api.get<z.infer<typeof QaProgressView>>(`/api/fieldwork/inspections/${id}/qa-progress`),
      api.get<z.infer<typeof AgreementView>>(`/api/fieldwork/inspections/${id}/agreement`),
      api.get<z.infer<typeof LiveRatingsView>>(`/api/fieldwork/inspections/${id}/live-ratings`),
    ]);
    const approved = new Map(live.approved.map((standing) => [standing.id, standing]));
    return page(request, reply, 'lead/qa-progress.njk', {
      title: 'Quality assurance',
      section: 'inspections',
      inspection,
      progress,
      agreement: {
        blindReviews: agreement.blindReviews,
        inspection: { ...agreementRow(agreement.inspection), id: 'Every key question' },
        byKeyQuestion: agreement.byKeyQuestion.map((figures) => ({
          ...agreementRow(figures),
          id: keyQuestionTitle(figures.id),
        })),
        byAssessor: agreement.byAssessor.map(agreementRow),
      },
      standings: live.submitted.map((submitted) => ({ submitted, approved: approved.get(submitted.id) })),
      breadcrumbs,
    });
  });
}
