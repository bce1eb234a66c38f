// A rating, and one key question's figures as the ratings show them (the domain's KeyQuestionResult): the
// panel pack's and the final ratings', and, with how far it stands from the next bands, QA's live standing.
import { z } from 'zod';
import { RATINGS } from '@yji/domain/panel-decisions';

export const Rating = z.enum(RATINGS);

export const KeyQuestionView = z.object({
  id: z.string(),
  yes: z.int(),
  applicable: z.int(),
  /** Whole percent for display (the band is never taken from it); null when no case applies. */
  percent: z.int().nullable(),
  band: Rating.nullable(),
});
