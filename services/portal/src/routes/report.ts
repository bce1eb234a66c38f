// GET and POST /inspections/:id/report: the lead inspector writes the report — the approved final ratings
// (read-only) beside the overview, each rated standard's strengths and areas for improvement, and the
// recommendations. Every save is a new version based on the one the form was read at; a save made
// elsewhere in between is refused by the publication service, and the page then shows the newer text beside
// what this person wrote, so neither is lost.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ReportDraftBody, type ReportDraftView } from '@yji/contracts';
import { formErrors, formValues, refusalOn, withoutVersion, type FieldError } from '../web/form-errors.ts';
import { inspectionName } from '../api/inspection-names.ts';
import { listedInspection } from './inspection-caption.ts';
import { leadPage } from './inspection-overview.ts';
import { pathId } from './inspection-params.ts';
import { apiFor, doneThen, page, type RouteDeps } from './route-deps.ts';

export const reportApi = (id: string) => `/api/publication/inspections/${id}`;

/**
 * Where a report page stands: the inspection's name for its caption (as the lead's other pages of the
 * inspection have it) and the way back to the inspection, through the report for a page under it (its
 * versions, the factual accuracy check, the schedule). Without the name (the inspection service not answering
 * just now) the page has no caption and its way back says "Inspection".
 */
export async function reportPlace(
  deps: RouteDeps,
  request: FastifyRequest,
  id: string,
  { underReport = false } = {},
) {
  const listed = await listedInspection(deps, request, id);
  const breadcrumbs = [
    { text: 'Home', href: '/' },
    { text: 'Inspections', href: '/inspections' },
    { text: listed?.yjs.name ?? 'Inspection', href: `/inspections/${id}` },
    ...(underReport ? [{ text: 'Report', href: `/inspections/${id}/report` }] : []),
  ];
  return { inspectionName: listed && inspectionName(listed), breadcrumbs };
}

/** Why the publication service did not save the report, where it says so by its code. */
const NOT_SAVED = { 'not-allowed-now': 'The report cannot change now: it is published' };

/** Recommendations are typed in one box, a blank line between each (one may run over several lines). */
const recommendationsFrom = (text: string) =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((recommendation) => recommendation.trim())
    .filter(Boolean);

/** The form's fields as the draft shows them: what a first visit, or a refused save, starts from. */
function valuesOf(draft: Omit<ReportDraftView, 'ratings'>): Record<string, string> {
  return {
    overview: draft.overview,
    recommendations: draft.recommendations.join('\n\n'),
    ...Object.fromEntries(
      draft.findings.flatMap((finding) => [
        [`strengths-${finding.standardId}`, finding.strengths],
        [`areas-${finding.standardId}`, finding.areasForImprovement],
      ]),
    ),
  };
}

/** A refused field's message, naming the field and the limit it passed; the text itself is never repeated. */
function errorFor(issue: z.core.$ZodIssue, standards: readonly string[]): FieldError {
  const [field, index, part] = issue.path;
  const limit = issue.code === 'too_big' ? Number(issue.maximum).toLocaleString('en-GB') : undefined;
  const fix = (what: string) =>
    limit
      ? `Shorten ${what} to ${limit} characters or fewer`
      : `Remove control or unusual characters from ${what}`;
  if (field === 'findings' && typeof index === 'number') {
    const standard = standards[index];
    return part === 'areasForImprovement'
      ? { field: `areas-${standard}`, text: fix(`the areas for improvement of standard ${standard}`) }
      : { field: `strengths-${standard}`, text: fix(`the strengths of standard ${standard}`) };
  }
  if (field === 'recommendations')
    return {
      field: 'recommendations',
      text:
        typeof index === 'number'
          ? fix(`recommendation ${index + 1}`)
          : limit
            ? `Give ${limit} recommendations or fewer`
            : fix('the recommendations'),
    };
  if (field === 'overview') return { field: 'overview', text: fix('the overview') };
  return { field: 'overview', text: 'Open the report again and make the change again' };
}

export function registerReport(app: FastifyInstance, deps: RouteDeps) {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    draft: ReportDraftView,
    form: { values: Record<string, string>; errors?: FieldError[]; newer?: boolean },
  ) =>
    page(request, reply.status(form.errors?.length ? (form.newer ? 409 : 400) : 200), 'report/draft.njk', {
      title: 'Write the report',
      section: 'inspections',
      id: draft.inspectionId,
      draft,
      values: form.values,
      newer: form.newer ? draft : undefined,
      ...formErrors(form.errors ?? []),
      ...(await reportPlace(deps, request, draft.inspectionId)),
    });

  app.get('/inspections/:id/report', { preHandler: leadPage }, async (request, reply) => {
    const draft = await apiFor(deps, request).get<ReportDraftView>(`${reportApi(pathId(request))}/draft`);
    return show(request, reply, draft, { values: valuesOf(draft) });
  });

  app.post('/inspections/:id/report', { preHandler: leadPage }, async (request, reply) => {
    const id = pathId(request);
    const api = apiFor(deps, request);
    const values = formValues(request.body);
    const draft = await api.get<ReportDraftView>(`${reportApi(id)}/draft`);
    const standards = draft.ratings.standards.map((standard) => standard.id);
    const parsed = ReportDraftBody.safeParse({
      version: Number(values.version),
      overview: values.overview ?? '',
      findings: standards.map((standardId) => ({
        standardId,
        strengths: values[`strengths-${standardId}`] ?? '',
        areasForImprovement: values[`areas-${standardId}`] ?? '',
      })),
      recommendations: recommendationsFrom(values.recommendations ?? ''),
    });
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => errorFor(issue, standards));
      const unique = [...new Map(errors.map((error) => [error.field, error])).values()];
      return show(request, reply, draft, { values, errors: unique });
    }
    const saved = await api.send<ReportDraftView>('PUT', `${reportApi(id)}/draft`, parsed.data);
    if (saved.ok)
      return doneThen(
        request,
        reply,
        `Report saved as version ${saved.body.version}`,
        `/inspections/${id}/report`,
      );
    if (saved.error.code === 'stale-version') {
      // The draft read again is the newer version; the form keeps this person's text, now based on it.
      const newer = await api.get<ReportDraftView>(`${reportApi(id)}/draft`);
      const text = `Someone saved a newer version (version ${newer.version}) while you were writing: compare it with your text below, then save again`;
      return show(request, reply, newer, {
        values: withoutVersion(values),
        newer: true,
        errors: [{ field: 'newer-version', text }],
      });
    }
    // Not a field's fault: the form's first control (the overview) carries it.
    return show(request, reply, draft, {
      values,
      errors: [refusalOn('overview', saved.error, NOT_SAVED, saved.status)],
    });
  });
}
