// The moves that change a case assessment's review state (review-states.ts), as data. The schema is for the
// edges: a service parses what it was sent with it before calling moveReview.
import { z } from 'zod';
import { teamMemberSchema } from './mover.ts';
import { qaSelectionSchema } from './qa-selection.ts';

const TEXT_MAX = 5000;
// More than any framework has questions.
const COMMENTS_MAX = 300;

export const reviewMoveSchema = z.discriminatedUnion('type', [
  /** The assessor submits: the first time, or again after revising. */
  z.strictObject({ type: z.literal('submit') }),
  /** The platform routes a first submission by the QA selection (qa-selection.ts). */
  z.strictObject({ type: z.literal('route'), selection: qaSelectionSchema }),
  /** A QA reviewer takes the case. */
  z.strictObject({ type: z.literal('start-review') }),
  /** The reviewer gives the case back to the queue before deciding. */
  z.strictObject({ type: z.literal('release') }),
  z.strictObject({ type: z.literal('approve') }),
  /** Back to the assessor with a written reason, and optional comments keyed by question code. */
  z.strictObject({
    type: z.literal('return'),
    reason: z.string().max(TEXT_MAX),
    comments: z
      .record(z.string().regex(/^\S{1,40}$/, 'a question code'), z.string().max(TEXT_MAX))
      .refine((comments) => Object.keys(comments).length <= COMMENTS_MAX, `at most ${COMMENTS_MAX} comments`)
      .default({}),
  }),
  /** The assessor reopens the returned draft to revise it. */
  z.strictObject({ type: z.literal('reopen') }),
  /** The lead inspector gives the case to another QA reviewer. */
  z.strictObject({ type: z.literal('reassign-reviewer'), reviewer: teamMemberSchema }),
  /**
   * The lead inspector reopens an approved case for a correction, with a recorded reason; `assessor` is the
   * case's assessor as the team holds them now, who would revise it.
   */
  z.strictObject({
    type: z.literal('correct'),
    reason: z.string().max(TEXT_MAX),
    assessor: teamMemberSchema,
  }),
]);

export type ReviewMove = z.output<typeof reviewMoveSchema>;

export type ReviewMoveType = ReviewMove['type'];
