// GET /inspections/:id/ratings: the panel pack — every standard with its computed or proposed rating, the
// panel's decision, the small-sample flags, the key-question table, the score and overall rating; and
// POST /inspections/:id/ratings/approval, the chair's approval. The ratings service decides who may.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  ApprovalBasis,
  problem,
  Rating,
  StandardId,
  type FinalRatingsView,
  type PanelPack,
} from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import { formErrors, formValues, refusalOn, type FieldError } from '../web/form-errors.ts';
import { formKeyOf, newFormKey } from '../web/form-key.ts';
import { agreementSentence } from './agreement-words.ts';
import { inspectionCaption } from './inspection-caption.ts';
import { pathId } from './inspection-params.ts';
import { apiFor, doneThen, needsRole, page, signedIn, type RouteDeps } from './route-deps.ts';

/** docs/domain.md §1: the panel is its chair, the lead inspector and the inspectors. */
export const panelPage = [signedIn, needsRole('panel-chair', 'lead-inspector', 'inspector')];

export const panelBreadcrumbs = (id: string) => [
  { text: 'Home', href: '/' },
  { text: 'Ratings panel', href: `/inspections/${id}/ratings` },
];

export async function readPack(deps: RouteDeps, request: FastifyRequest) {
  const id = pathId(request);
  return { id, pack: await apiFor(deps, request).get<PanelPack>(`/api/ratings/inspections/${id}/pack`) };
}

type Standard = PanelPack['standards'][number];

/**
 * The standard the path names, as the panel's pack has it, and what every page about one standard shows;
 * a standard not in the pack, or not one `fits`, is a page that does not exist.
 */
export async function readStandard(
  deps: RouteDeps,
  request: FastifyRequest,
  fits: (standard: Standard) => boolean = () => true,
) {
  const { id, pack } = await readPack(deps, request);
  const standardId = StandardId.safeParse((request.params as { standardId?: string }).standardId);
  const standard = pack.standards.find((one) => standardId.success && one.id === standardId.data);
  if (!standard || !fits(standard)) throw new HttpError(problem('not-found', { what: 'page' }));
  return {
    id,
    standard,
    panelState: pack.state,
    view: {
      section: 'ratings',
      id,
      standard,
      ratings: Rating.options,
      breadcrumbs: panelBreadcrumbs(id),
    },
  };
}

/**
 * A standard's page: what `readStandard` reads, and beside it the name of the inspection for the caption (none
 * if it cannot be read). A decision or proposal sent reads only the standard.
 */
export async function readStandardPage(
  deps: RouteDeps,
  request: FastifyRequest,
  fits?: (standard: Standard) => boolean,
) {
  const [read, inspectionName] = await Promise.all([
    readStandard(deps, request, fits),
    inspectionCaption(deps, request, pathId(request)),
  ]);
  return { ...read, view: { ...read.view, inspectionName } };
}

/** Why the ratings were not approved, where the catalogue's words are not enough. */
const NOT_APPROVED = { forbidden: 'Only the inspection’s panel chair can approve the ratings' };

const PAGE_OUT_OF_DATE = 'The page was out of date: check the ratings as they are now, then approve';

export function registerRatingsPanel(app: FastifyInstance, deps: RouteDeps) {
  /** The pack; after a refused approval, with the refusal beside the approval's button. */
  const show = async (request: FastifyRequest, reply: Parameters<typeof page>[1], refusal?: FieldError) => {
    const [{ id, pack }, inspectionName] = await Promise.all([
      readPack(deps, request),
      inspectionCaption(deps, request, pathId(request)),
    ]);
    return page(request, reply.status(refusal ? 409 : 200), 'panel/pack.njk', {
      title: 'Ratings panel',
      section: 'ratings',
      id,
      inspectionName,
      pack,
      agreement: pack.qa.figures ? agreementSentence(pack.qa.figures) : 'Not available just now',
      approvalKey: newFormKey(),
      ...formErrors(refusal ? [refusal] : []),
      breadcrumbs: [{ text: 'Home', href: '/' }],
    });
  };
  app.get('/inspections/:id/ratings', { preHandler: panelPage }, (request, reply) => show(request, reply));
  app.post('/inspections/:id/ratings/approval', { preHandler: panelPage }, async (request, reply) => {
    const id = pathId(request);
    const form = formValues(request.body);
    const basis = ApprovalBasis.safeParse(form.basis).data;
    // A page from before the approval named its ratings (or a form tampered with): the ratings shown again.
    if (basis === undefined) return show(request, reply, { field: 'approve', text: PAGE_OUT_OF_DATE });
    // Sent twice (a double click, a retry), the same approval; and only of the ratings the page showed.
    const approved = await apiFor(deps, request).send<FinalRatingsView>(
      'POST',
      `/api/ratings/inspections/${id}/approval`,
      { basis },
      formKeyOf(form.idempotencyKey),
    );
    if (!approved.ok)
      return show(request, reply, refusalOn('approve', approved.error, NOT_APPROVED, approved.status));
    return doneThen(
      request,
      reply,
      `Ratings approved: ${approved.body.overall} (score ${approved.body.score} out of ${approved.body.maxScore})`,
      `/inspections/${id}/ratings`,
    );
  });
}
