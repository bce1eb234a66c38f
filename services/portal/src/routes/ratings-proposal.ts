// GET and POST /inspections/:id/ratings/proposals/:standardId: the lead inspector proposes a qualitative
// standard's rating, with a finding per prompt and where it comes from; the standard's statement and prompts
// stand beside the form. The ratings service checks the evidence (prompts, cases in the sample).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProposalBody, Rating, StandardId, problem, type PanelPack } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import { formErrors, formValues, type FieldError } from '../web/form-errors.ts';
import { panelBreadcrumbs, panelPage, readPack } from './ratings-panel.ts';
import { apiFor, doneThen, page, type RouteDeps } from './route-deps.ts';

type Standard = PanelPack['standards'][number];

function standardOf(request: FastifyRequest, pack: PanelPack): Standard {
  const standardId = StandardId.safeParse((request.params as { standardId?: string }).standardId);
  const standard = pack.standards.find(({ id }) => standardId.success && id === standardId.data);
  if (!standard || standard.kind !== 'qualitative')
    throw new HttpError(problem('not-found', { what: 'page' }));
  return standard;
}

/** The form's fields as the proposal: one finding per prompt answered, with its one source. */
function proposalFrom(standard: Standard, form: Record<string, string>) {
  const items = standard.prompts.flatMap(({ code }) => {
    const finding = form[`finding-${code}`]?.trim() ?? '';
    if (!finding) return [];
    const kind = form[`source-${code}`] ?? '';
    const description = form[`description-${code}`]?.trim();
    const caseRefs = (form[`cases-${code}`] ?? '')
      .split(',')
      .map((ref) => ref.trim())
      .filter(Boolean);
    return [
      {
        prompt: code,
        finding,
        sources: [
          { kind, ...(description ? { description } : {}), ...(caseRefs.length ? { caseRefs } : {}) },
        ],
      },
    ];
  });
  return { version: standard.proposal?.version ?? 0, rating: form.rating ?? '', items };
}

/** A field for each problem the schema or the service names (items[n] is the nth prompt answered). */
function errorsOf(paths: readonly string[], sent: { items: { prompt: string }[] }): FieldError[] {
  return paths.map((path) => {
    if (path.startsWith('rating')) return { field: 'rating', text: 'Choose the rating you propose' };
    const index = Number(/items\.?\[?(\d+)/.exec(path)?.[1]);
    const code = sent.items[index]?.prompt;
    if (code === undefined) return { field: 'form', text: 'Give a finding for at least one prompt' };
    if (path.includes('caseRefs'))
      return { field: `cases-${code}`, text: `Name the sampled cases the finding for ${code} comes from` };
    if (path.includes('kind'))
      return { field: `source-${code}`, text: `Choose where the finding for ${code} comes from` };
    return { field: `finding-${code}`, text: `Check the finding for ${code}` };
  });
}

export function registerRatingsProposal(app: FastifyInstance, deps: RouteDeps) {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string> | undefined,
    errors: FieldError[] = [],
  ) => {
    const { id, pack } = await readPack(deps, request);
    const standard = standardOf(request, pack);
    const stored = Object.fromEntries(
      (standard.proposal?.items ?? []).flatMap(({ prompt, finding, sources }) => [
        [`finding-${prompt}`, finding],
        [`source-${prompt}`, sources[0]?.kind ?? ''],
        [`description-${prompt}`, sources[0]?.description ?? ''],
        [`cases-${prompt}`, (sources[0]?.caseRefs ?? []).join(', ')],
      ]),
    );
    return page(request, reply.status(errors.length ? 400 : 200), 'panel/proposal.njk', {
      title: `Propose a rating for standard ${standard.id}`,
      section: 'ratings',
      id,
      standard,
      ratings: Rating.options,
      sourceKinds: ['document', 'interview', 'focus-group', 'case-file'],
      values: values ?? { rating: standard.proposal?.rating ?? '', ...stored },
      ...formErrors(errors),
      breadcrumbs: panelBreadcrumbs(id),
    });
  };
  const path = '/inspections/:id/ratings/proposals/:standardId';
  app.get(path, { preHandler: panelPage }, (request, reply) => show(request, reply, undefined));
  app.post(path, { preHandler: panelPage }, async (request, reply) => {
    const { id, pack } = await readPack(deps, request);
    const standard = standardOf(request, pack);
    const values = formValues(request.body);
    const proposal = proposalFrom(standard, values);
    const parsed = ProposalBody.safeParse(proposal);
    if (!parsed.success || proposal.items.length === 0) {
      const paths = parsed.success ? ['items'] : parsed.error.issues.map((issue) => issue.path.join('.'));
      return show(request, reply, values, errorsOf(paths, proposal));
    }
    const saved = await apiFor(deps, request).send(
      'PUT',
      `/api/ratings/inspections/${id}/proposals/${standard.id}`,
      parsed.data,
    );
    if (!saved.ok) {
      const details = Array.isArray(saved.error.details) ? (saved.error.details as { path: string }[]) : [];
      const errors = details.length
        ? errorsOf(
            details.map(({ path: at }) => at),
            proposal,
          )
        : [{ field: 'rating', text: saved.error.message }];
      return show(request, reply, values, errors);
    }
    return doneThen(
      request,
      reply,
      `Rating proposed for standard ${standard.id}`,
      `/inspections/${id}/ratings`,
    );
  });
}
