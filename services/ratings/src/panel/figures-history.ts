// How the figures moved while assessments were approved (and reopened): after each, the rating every
// case-based standard had, recomputed by the domain's rules from the judgements standing at that moment. It
// is rebuilt from the stored judgements, so an approval later replaced by a newer version of the same case
// shows at the newer version's time only.
import { computeRatings, type Rating, type RatingsCase } from '@yji/domain';
import type { PanelRatings } from './panel-ratings.ts';

export interface FiguresMoment {
  at: string;
  /** Approved cases standing at that moment. */
  cases: number;
  /** Case-based standards' ratings; null: no rating yet. */
  ratings: Record<string, Rating | null>;
}

export function figuresHistory({ judgements, options }: PanelRatings): FiguresMoment[] {
  const changes = judgements
    .flatMap((row) => [
      { at: row.approvedAt, taskId: row.taskId, row, standing: true },
      ...(row.reopenedAt ? [{ at: row.reopenedAt, taskId: row.taskId, row, standing: false }] : []),
    ])
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.taskId.localeCompare(b.taskId));
  const standing = new Map<string, RatingsCase>();
  return changes.map(({ at, taskId, row, standing: stands }) => {
    if (stands)
      standing.set(taskId, {
        id: taskId,
        type: row.caseType as RatingsCase['type'],
        judgements: row.judgements as RatingsCase['judgements'],
      });
    else standing.delete(taskId);
    const result = computeRatings({ cases: [...standing.values()], qualitative: {} }, options);
    return {
      at: at.toISOString(),
      cases: standing.size,
      ratings: Object.fromEntries(
        result.standards.filter(({ kind }) => kind === 'case-based').map(({ id, rating }) => [id, rating]),
      ),
    };
  });
}
