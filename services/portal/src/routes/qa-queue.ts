// GET /qa: the QA reviewer's queue — the cases waiting for them, oldest first, and those they have claimed —
// filtered by assessor and framework (ids only), each case named with its inspection's youth justice service. POST /qa/:taskId/claim and /release take a case from the
// queue and give it back; the fieldwork service decides who may (never their own assessment).
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { ReviewQueueQuery, type ReviewQueue } from '@yji/contracts';
import { inspectionNames, named } from '../api/inspection-names.ts';
import { pathId } from './inspection-params.ts';
import { isUnavailable, partOf } from './page-parts.ts';
import { apiFor, doneThen, needsRole, page, refusedThen, signedIn, type RouteDeps } from './route-deps.ts';

export const reviewerPage = [signedIn, needsRole('qa-reviewer')];

const uniqueSorted = (values: readonly string[]) => [...new Set(values)].sort();

/** A review move the queue sends: based on the review version the page showed. */
function registerReviewMoveForm(
  app: FastifyInstance,
  deps: RouteDeps,
  move: 'claim' | 'release',
  notice: string,
  next: (taskId: string) => string,
) {
  app.post(`/qa/:taskId/${move}`, { preHandler: reviewerPage }, async (request, reply) => {
    const taskId = pathId(request, 'taskId');
    const moved = await apiFor(deps, request).send('POST', `/api/fieldwork/reviews/${taskId}/${move}`, {
      version: versionSent(request.body),
    });
    if (!moved.ok) return refusedThen(request, reply, refusalNotice(moved.error.code), '/qa');
    return doneThen(request, reply, notice, next(taskId));
  });
}

/** The review version the page was shown at (a move on an older one is refused as stale). */
export function versionSent(body: unknown): number {
  const version = Number((body as { version?: unknown } | undefined)?.version);
  return Number.isInteger(version) && version >= 0 ? version : 0;
}

/** What a refused move tells the reviewer, in words about what to do next (never the service's detail). */
export function refusalNotice(code: string): string {
  if (code === 'stale-version') return 'Someone else moved this case meanwhile. Look at it again.';
  if (code === 'duty-refused') return 'You cannot review this case: it is your own or another reviewer’s.';
  if (code === 'blind-judgements-first') return 'Record your own judgements before the decision.';
  return 'The case could not be moved from where it is now. Look at it again.';
}

export function registerQaQueue(app: FastifyInstance, deps: RouteDeps) {
  app.get('/qa', { preHandler: reviewerPage }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const filter = ReviewQueueQuery.safeParse({
      ...(query.assessorId ? { assessorId: query.assessorId } : {}),
      ...(query.frameworkId ? { frameworkId: query.frameworkId } : {}),
    });
    const chosen = filter.success ? filter.data : {};
    const api = apiFor(deps, request);
    const [queue, names] = await Promise.all([
      api.get<z.infer<typeof ReviewQueue>>('/api/fieldwork/reviews'),
      partOf(request, 'inspection names', () => inspectionNames(api)),
    ]);
    const all = named(queue.reviews, isUnavailable(names) ? undefined : names);
    const shown = all.filter(
      (review) =>
        (!chosen.assessorId || review.assessorId === chosen.assessorId) &&
        (!chosen.frameworkId || review.frameworkId === chosen.frameworkId),
    );
    const userId = request.session.user!.userId;
    return page(request, reply, 'qa/queue.njk', {
      title: 'Quality assurance queue',
      section: 'qa',
      claimed: shown.filter((review) => review.state === 'in-review' && review.reviewerId === userId),
      waiting: shown.filter((review) => review.state === 'awaiting-qa'),
      assessors: uniqueSorted(all.map((review) => review.assessorId)),
      frameworks: uniqueSorted(all.map((review) => review.frameworkId)),
      filter: chosen,
      namesUnavailable: isUnavailable(names),
      breadcrumbs: [{ text: 'Home', href: '/' }],
    });
  });
  registerReviewMoveForm(app, deps, 'claim', 'Case claimed. It is yours to review.', (id) => `/qa/${id}`);
  registerReviewMoveForm(app, deps, 'release', 'Case released back to the queue.', () => '/qa');
}
