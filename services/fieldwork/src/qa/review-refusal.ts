// The domain's review refusals (qa/review-states.ts) as catalogue problems: a move the state does not allow is
// a conflict (409), as is a correction nobody could revise; who may make it is separation of duties (403); an
// empty reason or comment names the field.
import { problem } from '@yji/contracts';
import type { ReviewRefusal } from '@yji/domain';
import { HttpError } from '@yji/service-kit';

export function reviewRefused(error: { code: ReviewRefusal; message: string }): HttpError {
  switch (error.code) {
    case 'illegal-move':
      return new HttpError(problem('review-not-open', { reason: error.message }));
    case 'reason-required':
      return new HttpError(
        problem('invalid-request', { issues: [{ field: 'reason', message: error.message }] }),
      );
    case 'empty-comment':
      return new HttpError(
        problem('invalid-request', { issues: [{ field: 'comments', message: error.message }] }),
      );
    case 'assessor-off-team':
      return new HttpError(problem('assessor-off-team'));
    default:
      return new HttpError(problem('duty-refused', { reason: error.message }));
  }
}
