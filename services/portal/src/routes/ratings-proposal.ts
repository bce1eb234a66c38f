// GET and POST /inspections/:id/ratings/proposals/:standardId: the lead inspector proposes a qualitative
// standard's rating, with per prompt its yes or no answer (004 ¶2.2), a finding and where it comes from; the
// standard's statement and prompts stand beside the form. The ratings service checks the evidence by the
// domain's rules (prompts, their yes or no answers, cases in the sample); its refusal names each place, which
// this page shows beside the prompt it is about.
import type { FastifyInstance } from 'fastify';
import { ProposalBody, type PanelPack } from '@yji/contracts';
import { formValues, withoutVersion, type FieldError } from '../web/form-errors.ts';
import { standardTitle } from '../web/nunjucks-filters.ts';
import { formPage } from './form-page.ts';
import { panelPage, readStandard, readStandardPage } from './ratings-panel.ts';
import type { RouteDeps } from './route-deps.ts';

type Standard = PanelPack['standards'][number];

/** Only a qualitative standard's rating is proposed; the others are computed. */
const qualitative = (standard: Standard) => standard.kind === 'qualitative';

/** The form's fields as the proposal: per prompt answered or given a finding, its answer, finding and source. */
function proposalFrom(standard: Standard, form: Record<string, string>) {
  const items = standard.prompts.flatMap(({ code }) => {
    const finding = form[`finding-${code}`]?.trim() ?? '';
    const answer = form[`answer-${code}`] ?? '';
    if (!finding && !answer) return [];
    const kind = form[`source-${code}`] ?? '';
    const description = form[`description-${code}`]?.trim();
    const caseRefs = (form[`cases-${code}`] ?? '')
      .split(',')
      .map((ref) => ref.trim())
      .filter(Boolean);
    return [
      {
        prompt: code,
        ...(answer ? { answer } : {}),
        finding,
        sources: [
          { kind, ...(description ? { description } : {}), ...(caseRefs.length ? { caseRefs } : {}) },
        ],
      },
    ];
  });
  return { version: Number(form.version), rating: form.rating ?? '', items };
}

/** A prompt's fields, in the order the page shows them under it. */
const PROMPT_FIELDS = ['answer', 'finding', 'source', 'description', 'cases'];

/**
 * A field for each problem the schema or the service names (items[n] is the nth prompt answered), once per
 * field and in the page's order (GOV.UK's error summary; the service lists a prompt's answer after every
 * other problem). A proposal with no finding at all is marked on the first prompt's finding, where the lead
 * starts to write.
 */
function errorsOf(
  paths: readonly string[],
  sent: { items: { prompt: string }[] },
  standard: Standard,
): FieldError[] {
  const pageOrder = [
    'rating',
    ...standard.prompts.flatMap(({ code }) => PROMPT_FIELDS.map((field) => `${field}-${code}`)),
  ];
  const errors = paths.map((path): FieldError => {
    if (path.startsWith('rating')) return { field: 'rating', text: 'Choose the rating you propose' };
    const index = Number(/items\.?\[?(\d+)/.exec(path)?.[1]);
    const code = sent.items[index]?.prompt;
    if (code === undefined)
      return {
        field: `finding-${standard.prompts[0]?.code}`,
        text: 'Give a finding for at least one prompt',
      };
    if (path.includes('answer')) return { field: `answer-${code}`, text: `Answer ${code} yes or no` };
    if (path.includes('caseRefs'))
      return { field: `cases-${code}`, text: `Name the sampled cases the finding for ${code} comes from` };
    if (path.includes('kind'))
      return { field: `source-${code}`, text: `Choose where the finding for ${code} comes from` };
    return { field: `finding-${code}`, text: `Check the finding for ${code}` };
  });
  const firstOfField = errors.filter(
    (error, at) => errors.findIndex((one) => one.field === error.field) === at,
  );
  return firstOfField.sort((a, b) => pageOrder.indexOf(a.field) - pageOrder.indexOf(b.field));
}

/** The standard was proposed again after this page was read: the page again, this person's text kept. */
const PROPOSED_MEANWHILE: FieldError = {
  field: 'rating',
  text: 'A newer proposal for this standard was saved after you opened this page (shown above): propose again to replace it with what is below',
};

export function registerRatingsProposal(app: FastifyInstance, deps: RouteDeps) {
  const form = formPage(deps, 'panel/proposal.njk', async (request) => {
    const { standard, view } = await readStandardPage(deps, request, qualitative);
    const stored = Object.fromEntries(
      (standard.proposal?.items ?? []).flatMap(({ prompt, answer, finding, sources }) => [
        [`answer-${prompt}`, answer ?? ''],
        [`finding-${prompt}`, finding],
        [`source-${prompt}`, sources[0]?.kind ?? ''],
        [`description-${prompt}`, sources[0]?.description ?? ''],
        [`cases-${prompt}`, (sources[0]?.caseRefs ?? []).join(', ')],
      ]),
    );
    return {
      title: `Propose a rating for standard ${standardTitle(standard.id)}`,
      ...view,
      sourceKinds: ['document', 'interview', 'focus-group', 'case-file'],
      values: { rating: standard.proposal?.rating ?? '', ...stored },
      // The proposal's version this page shows: the one a proposal sent from it is based on.
      shownVersion: standard.proposal?.version ?? 0,
    };
  });
  const path = '/inspections/:id/ratings/proposals/:standardId';
  app.get(path, { preHandler: panelPage }, (request, reply) => form.show(request, reply));
  app.post(path, { preHandler: panelPage }, async (request, reply) => {
    const { id, standard } = await readStandard(deps, request, qualitative);
    const values = formValues(request.body);
    const proposal = proposalFrom(standard, values);
    const parsed = ProposalBody.safeParse(proposal);
    if (!parsed.success || proposal.items.length === 0) {
      const paths = parsed.success ? ['items'] : parsed.error.issues.map((issue) => issue.path.join('.'));
      return form.show(request, reply, { values, errors: errorsOf(paths, proposal, standard) });
    }
    return form.send(request, reply, {
      command: ['PUT', `/api/ratings/inspections/${id}/proposals/${standard.id}`, parsed.data],
      refused: ({ code, details, message }) => {
        if (code === 'stale-version') return { values: withoutVersion(values), errors: [PROPOSED_MEANWHILE] };
        const paths = Array.isArray(details) ? (details as { path: string }[]).map(({ path: at }) => at) : [];
        const errors = paths.length
          ? errorsOf(paths, proposal, standard)
          : [{ field: 'rating', text: message }];
        return { values, errors };
      },
      done: () => ({
        notice: `Rating proposed for standard ${standard.id}`,
        to: `/inspections/${id}/ratings`,
      }),
    });
  });
}
