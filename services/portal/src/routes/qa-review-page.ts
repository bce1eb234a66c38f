// Reading one case's review and showing its page: the submitted assessment by question with its guidance
// (grouped as the framework prints it), the blind judgements form while the answers are withheld, the
// difference between two submitted versions, and the reviewer's decisions. The routes that send a form
// re-render it through `showReview` with what the reviewer entered and what went wrong.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { VersionDiffQuery, type ReviewDetail, type VersionDiff } from '@yji/contracts';
import { requireFramework } from '@yji/domain';
import { formErrors, type FieldError } from '../web/form-errors.ts';
import { pathId } from './inspection-params.ts';
import { answerControl, answerInWords } from './answer-controls.ts';
import { fieldIdOf, questionGroups } from './question-groups.ts';
import { apiFor, page, type RouteDeps } from './route-deps.ts';

export type Review = z.infer<typeof ReviewDetail>;
type Version = Review['versions'][number];

/** A blind judgement's field: one per key question ("2.1.1" → "kq-2_1_1"). */
export const judgementFieldOf = (keyQuestionId: string) => `kq-${keyQuestionId.replace(/\./g, '_')}`;
/** A per-question comment's field, beside the question it is about. */
export const commentFieldOf = (code: string) => `comment-${fieldIdOf(code).slice(2)}`;

export async function readReview(deps: RouteDeps, request: FastifyRequest) {
  const taskId = pathId(request, 'taskId');
  const review = await apiFor(deps, request).get<Review>(`/api/fieldwork/reviews/${taskId}`);
  return { taskId, review };
}

/**
 * The framework's questions this version answers, grouped as the case form groups them, with the answers in
 * the words the assessor chose them by (the options' labels, `answerInWords`).
 */
function answeredGroups(frameworkId: string, version: Version) {
  const groups = questionGroups(frameworkId, Object.keys(version.answers), { answers: version.answers });
  return groups.map((section) => ({
    ...section,
    keyQuestions: section.keyQuestions.map((keyQuestion) => ({
      ...keyQuestion,
      questions: keyQuestion.questions.map((question) => ({
        ...question,
        rationale: version.rationale[question.code],
        commentId: commentFieldOf(question.code),
      })),
    })),
  }));
}

/** The codes of the questions this version answers, in the order the review page shows them. */
export const answeredCodes = (frameworkId: string, version: Version) =>
  answeredGroups(frameworkId, version).flatMap((section) =>
    section.keyQuestions.flatMap((keyQuestion) => keyQuestion.questions.map((question) => question.code)),
  );

/** The question (or case-context field) a difference is about, in words. */
function labelOf(frameworkId: string, field: string): string {
  const code = field.replace(/^rationale\./, '');
  const question = requireFramework(frameworkId)
    .sections.flatMap((section) => section.keyQuestions.flatMap((keyQuestion) => keyQuestion.questions))
    .find((candidate) => candidate.code === code);
  if (!question) return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${question.code} ${question.text}${field.startsWith('rationale.') ? ' (rationale)' : ''}`;
}

/** A value a difference shows, in the words the form shows it in (a rationale or a case fact as it is). */
const inWords = (frameworkId: string, field: string, value: unknown) =>
  answerInWords(answerControl(frameworkId, field, {}), value);

async function versionDiff(deps: RouteDeps, request: FastifyRequest, review: Review) {
  const query = VersionDiffQuery.safeParse(request.query);
  if (!query.success || review.versions.length < 2) return undefined;
  const { from, to } = query.data;
  const diff = await apiFor(deps, request).send<z.infer<typeof VersionDiff>>(
    'GET',
    `/api/fieldwork/reviews/${review.taskId}/diff?from=${from}&to=${to}`,
  );
  if (!diff.ok) return undefined;
  return {
    from,
    to,
    changes: diff.body.changes.map((change) => ({
      label: labelOf(review.frameworkId, change.field),
      before: inWords(review.frameworkId, change.field, change.before),
      after: inWords(review.frameworkId, change.field, change.after),
    })),
  };
}

export interface ReviewFormValues {
  judgements?: Record<string, string>;
  reason?: string;
  comments?: Record<string, string>;
}

export async function showReview(
  deps: RouteDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  review: Review,
  options: { values?: ReviewFormValues; errors?: FieldError[] } = {},
) {
  const userId = request.session.user!.userId;
  const mine = review.state === 'in-review' && review.reviewerId === userId;
  const latest = review.versions.at(-1);
  const rounds = review.versions.map((version) => version.round);
  const diff = await versionDiff(deps, request, review);
  return page(request, reply.status(options.errors?.length ? 400 : 200), 'qa/review.njk', {
    title: mine ? 'Review a case' : 'A case in quality assurance',
    section: 'qa',
    review,
    mine,
    judging: mine && review.answersWithheld,
    latest,
    groups: latest ? answeredGroups(review.frameworkId, latest) : [],
    // What QA moderates of a 2016 case, which has no key questions: its judgements View by View.
    viewJudgements: latest?.judgements?.by === 'view' ? latest.judgements.views : [],
    keyQuestions: review.keyQuestions.map((keyQuestion) => ({
      ...keyQuestion,
      field: judgementFieldOf(keyQuestion.id),
    })),
    rounds,
    diff,
    diffFrom: diff?.from ?? rounds.at(-2),
    diffTo: diff?.to ?? rounds.at(-1),
    returns: review.timeline.filter((entry) => entry.reason),
    values: options.values ?? {},
    ...formErrors(options.errors ?? []),
    breadcrumbs: [
      { text: 'Home', href: '/' },
      { text: 'Quality assurance queue', href: '/qa' },
    ],
  });
}
