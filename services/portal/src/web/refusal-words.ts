// What a person reads when a service refuses what they sent: words chosen by the refusal's code (the catalogue
// in @yji/contracts), never the service's own message, which is written for APIs and logs (lower case, "case(s)",
// a timestamp) and says nothing a person can act on. Every code of the catalogue has its words here, so a new one
// cannot reach a page unworded; a page may give its own for the codes whose meaning depends on what it does
// ("not-allowed-now" on the report is "it is published"), but never for a failure on the services' side: a
// 5xx or a busy service is always the one answer, "try again later", not a reason that is not the reason.
import { PROBLEMS, problemStatus, type ProblemCode } from '@yji/contracts';

/** A refusal as `api.send` answers it: its code, what its details name, and (when known) the HTTP status. */
export interface Refusal {
  code: string;
  details?: unknown;
}

/** A page's words for some codes, where their meaning on that page is more than the catalogue's. */
export type OwnWords = Partial<Record<ProblemCode, string>>;

/** GOV.UK's words for a service that failed or is busy: the same for every form, whatever the page is. */
export const TRY_AGAIN_LATER = 'Sorry, there is a problem with the service. Try again later';

/** A refusal of something the form does not send as a person would (a page out of date, say). */
const SEND_AGAIN = 'This could not be sent as it is. Reload the page and try again';

const and = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const counted = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** "2 cases and 1 review are still with them": the work a team change would leave with nobody. */
function workStillHeld(details: unknown): string {
  const work = Array.isArray(details) ? (details as { kind?: string }[]) : [];
  const cases = work.filter((item) => item.kind !== 'review').length;
  const reviews = work.length - cases;
  if (work.length === 0) return 'They still have cases or reviews. Reassign them first';
  const held = and.format([
    ...(cases ? [counted(cases, 'case')] : []),
    ...(reviews ? [counted(reviews, 'quality assurance review')] : []),
  ]);
  return `${held} ${work.length === 1 ? 'is' : 'are'} still with them. Reassign ${work.length === 1 ? 'it' : 'them'} first`;
}

/**
 * "Standards 1.2 and 3.1 are not settled yet…": each waits for the panel's decision, or for the lead
 * inspector's proposal (a qualitative standard not yet proposed); the pack says which.
 */
function standardsToDecide(details: unknown): string {
  const standards = Array.isArray(details) ? details.map(String) : [];
  if (standards.length === 0)
    return 'Some standards are not settled yet: each needs the lead inspector’s proposal or the panel’s decision before the ratings are approved';
  const one = standards.length === 1;
  return `Standard${one ? '' : 's'} ${and.format(standards)} ${one ? 'is' : 'are'} not settled yet: each needs the lead inspector’s proposal or the panel’s decision before the ratings are approved`;
}

type Words = string | ((details: unknown) => string);

/** Every code's words, in the catalogue's order. */
const WORDS: Readonly<Record<ProblemCode, Words>> = {
  'decision-in-progress': 'Your decision was accepted and is still being carried out',
  'invalid-request': 'Check what you entered',
  'invalid-json': SEND_AGAIN,
  'reserved-key': SEND_AGAIN,
  'malformed-url': SEND_AGAIN,
  'bad-request': SEND_AGAIN,
  'invalid-answers': 'Some answers do not fit the case form. Reload the page and check them',
  unauthenticated: 'Sign in again, then try again',
  'form-expired': 'This form has expired. Reload the page and try again',
  forbidden: 'You do not have permission to do this',
  'not-found': 'This is no longer there. Reload the page to see what there is now',
  'unknown-task': 'This case is no longer there. Reload the page to see what there is now',
  'unknown-framework': 'The framework is not one this service has',
  'not-allowed-now': 'This cannot be done at this stage. Reload the page to see where things stand',
  'stale-version':
    'Someone else changed this while you had the page open. Check it as it is now, then try again',
  'task-locked': 'The case can no longer be changed: it has been submitted or withdrawn',
  'inspection-purged':
    'The inspection’s case details were removed under the retention policy, so nothing more can be recorded about its cases',
  'task-not-open': 'Only a case that is assigned or in progress can be submitted',
  'task-submitted': 'The case is submitted, so it cannot be withdrawn',
  'already-flagged': 'The case is already flagged for exclusion',
  'case-has-task': 'The case already has an assessment',
  'team-change-leaves-panel-without-chair':
    'This would leave the open ratings panel without a panel chair. Add another panel chair to the team first',
  'team-change-leaves-alerts-without-second-person':
    'They are the second named person for safeguarding alerts. Name someone else in the quality assurance settings first',
  'team-change-orphans-work': workStillHeld,
  'sample-confirmed': 'The sample is confirmed, so it can no longer change',
  'no-sample': 'Draw the sample first',
  'empty-sample':
    'The sample has no cases. Upload a long list with cases in the sampling windows, then draw the sample again',
  'no-long-list': 'Upload the long list first',
  'not-sampled': 'The case is not in the confirmed sample',
  'reason-required': 'Enter a reason',
  'not-in-sample': 'Choose one of the selected cases',
  'reserve-empty': 'No case is left in the reserve of its stratum to replace it, so it cannot be excluded',
  'case-not-open': 'The case is submitted or withdrawn, so its assessor no longer changes',
  'workflow-not-running': 'The case has no assessment under way. Reload the page to see where it stands',
  'submit-rejected': 'The case could not be submitted as it stands. Reload the page and try again',
  'duty-refused': 'You cannot do this: another person or role does it',
  'review-not-open':
    'The case has moved on since this page was shown. Reload the page to see where it is now',
  'blind-judgements-first': 'Record your own key-question judgements first: this review is blind',
  'blind-judgements-recorded': 'Your judgements of this case are already recorded',
  'assessor-off-team':
    'The case’s assessor is no longer an assessor on the team, so nobody could revise it. Put them back on the team first',
  'alert-not-open':
    'The alert has moved on since this page was shown. Reload the page to see where it is now',
  'panel-not-open': 'The ratings panel is not open for this inspection',
  'ratings-changed': 'The ratings changed since the pack was read: read them again, then approve',
  'ratings-approved': 'The ratings are already approved. Record a correction instead',
  'undecided-standards': standardsToDecide,
  'cases-reopened':
    'Quality assurance must approve the cases reopened for correction again before the ratings are approved',
  'judgements-pending':
    'Some cases quality assurance approved or reopened are not up to date in the ratings yet. Try again in a few minutes; if nothing changes, tell the team that runs this service',
  'four-eyes': 'You cannot approve your own proposal or correction: someone else must',
  'too-large': 'What you sent is too large',
  'uri-too-long': SEND_AGAIN,
  'unsupported-media-type': SEND_AGAIN,
  'unsupported-charset': SEND_AGAIN,
  'long-list-invalid': 'Some rows of the file need correcting. Nothing from it was saved',
  'assessment-invalid': 'The assessment is not ready to submit',
  'blind-judgements-invalid': 'Choose your judgement for each key question',
  'alert-invalid': 'Check the details of the alert',
  'interview-invalid': 'Check the details of the interview',
  'decision-invalid': 'Check the decision: its direction, rating and rationale',
  'evidence-invalid': 'Check the evidence for the rating',
  'draft-invalid':
    'The report names a standard the approved ratings do not rate, or one twice. Reload the page',
  'not-an-assessor': 'Choose an inspector or local assessor on the team',
  'not-on-team': 'Choose someone on the inspection team',
  'cannot-assign': 'The assessor has a conflict with the case or no capacity left. Choose another assessor',
  'idempotency-key-reused': 'This form was sent before with other details. Send it again to send it as new',
  undecodable: TRY_AGAIN_LATER,
  'too-many-requests': TRY_AGAIN_LATER,
  internal: TRY_AGAIN_LATER,
  'invalid-reply': TRY_AGAIN_LATER,
  'service-busy': TRY_AGAIN_LATER,
  unavailable: TRY_AGAIN_LATER,
};

const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(PROBLEMS, code);

/**
 * Whether the refusal is the services' failure rather than an answer about what was sent: a 5xx (by the
 * answer's status, or by its code's in the catalogue when the status is not at hand) or too many requests.
 */
export function isFailure(refusal: Refusal, status?: number): boolean {
  const known = status ?? (isProblemCode(refusal.code) ? problemStatus(refusal.code) : undefined);
  return known !== undefined && (known >= 500 || known === 429);
}

/**
 * What the person reads for `refusal`: the shared "try again later" for a failure, else the page's `own`
 * words for its code, else the catalogue's here. `status` is the answer's when the caller has it.
 */
export function refusalText(refusal: Refusal, own: OwnWords = {}, status?: number): string {
  if (isFailure(refusal, status)) return TRY_AGAIN_LATER;
  if (!isProblemCode(refusal.code)) return WORDS['not-allowed-now'] as string;
  const words = own[refusal.code] ?? WORDS[refusal.code];
  return typeof words === 'function' ? words(refusal.details) : words;
}
