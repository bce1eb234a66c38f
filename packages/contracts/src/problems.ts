// The catalogue of everything a yji service refuses, over HTTP or as a command's answer: each problem's
// code, the HTTP status it answers with, and its message, made from the facts the refusal names. As in ODK
// Central's problem catalogue, this is the one place a code is defined and a message is written, so a
// client can act on the code and a person can read the same words from every service. Messages name
// fields, states and rules, never a value a person sent (it may be about a child).
import { z } from 'zod';

interface ProblemSpec<Params> {
  status: number;
  /** What the code means, for the OpenAPI document. */
  meaning: string;
  message: (params: Params) => string;
  /** What the answer carries besides the message (the fields or rows at fault), made from the same facts. */
  details?: (params: Params) => unknown;
}

/** A problem whose message names the facts given; `details` makes what the answer carries besides. */
const spec = <Params>(
  status: number,
  meaning: string,
  message: (params: Params) => string,
  details?: (params: Params) => unknown,
): ProblemSpec<Params> => ({ status, meaning, message, ...(details ? { details } : {}) });

/** A problem that always says the same. */
const fixed = (status: number, meaning: string, message: string) =>
  spec<void>(status, meaning, () => message);

/** A problem whose message names one fact, `name`. */
const naming = <Name extends string>(
  name: Name,
  status: number,
  meaning: string,
  message: (value: string) => string,
) => spec<Record<Name, string>>(status, meaning, (p) => message(p[name]));

/** A refusal in the words of another rule (a workflow's, a domain rule's, the token check's). */
const because = (status: number, meaning: string) =>
  spec<{ reason: string }>(status, meaning, (p) => p.reason);

/** A field (or question code) and what is wrong with it; never the value sent. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** A refusal naming each field at fault and what is wrong with it, in its message and its details. */
const fieldIssues = (status: number, meaning: string) =>
  spec<{ issues: readonly FieldIssue[] }>(
    status,
    meaning,
    ({ issues }) => issues.map(({ field, message }) => `${field}: ${message}`).join('; '),
    ({ issues }) => issues,
  );

/** A finding of a rule about one question code (or case-context field). */
interface Finding {
  code: string;
  message: string;
}

export const PROBLEMS = {
  // A decision a workflow accepted but has not finished within the time a request waits for it.
  'decision-in-progress': spec<{ reason: string; location: string }>(
    202,
    'The decision is still being carried out; details.location (also the Location header) says what became of it.',
    (p) => p.reason,
    (p) => ({ location: p.location }),
  ),

  'invalid-request': fieldIssues(
    400,
    'The request does not fit its schema; details name each field and the rule it breaks.',
  ),
  'invalid-json': fixed(400, 'The body is not JSON.', 'the body is not valid JSON'),
  'reserved-key': fixed(
    400,
    'The JSON body holds a key that could change how objects behave (__proto__, constructor).',
    'the body holds a reserved property name',
  ),
  'malformed-url': fixed(
    400,
    'The address is not a valid URL (a bad percent-encoding).',
    'the address is malformed',
  ),
  'bad-request': because(400, 'The HTTP framework refused the request (an empty body, a bad header).'),
  'invalid-answers': spec<{ problems: readonly Finding[] }>(
    400,
    'Answers to question codes the framework does not have, or outside their scale; details name them.',
    (p) => `answers that do not fit the framework: ${p.problems.map((problem) => problem.code).join(', ')}`,
    (p) => p.problems,
  ),

  unauthenticated: because(401, 'No bearer token, or one that is not valid.'),
  'form-expired': fixed(
    403,
    'A form came without the token of the session it was shown in (CSRF); nothing was changed.',
    'this form has expired or did not come from this service; nothing was changed',
  ),
  forbidden: naming('needs', 403, 'Another role or person is needed.', (needs) => `this needs ${needs}`),
  'not-found': naming(
    'what',
    404,
    'No such thing, or hidden from the caller.',
    (what) => `${what} not found`,
  ),
  'unknown-task': naming('taskId', 404, 'A command named no such task.', (taskId) => `no task ${taskId}`),
  'unknown-framework': naming('frameworkId', 404, 'No such framework version.', (id) => `no framework ${id}`),

  'not-allowed-now': because(
    409,
    "The inspection's or the case's stage does not allow this now; the reason says why.",
  ),
  'stale-version': spec<{ current: number }>(
    409,
    'The change was based on an older version; the answer carries what is stored now.',
    (p) => `the version sent is not the current version ${p.current}; reload and merge`,
  ),
  'task-locked': spec<{ state: string; change: string }>(
    409,
    'A submitted or withdrawn task keeps its answers as they were.',
    (p) => `the task is ${p.state}; it cannot be ${p.change}`,
  ),
  'inspection-purged': spec<{ purgedAt: string }>(
    409,
    "The inspection's case-level personal data was removed under the retention policy (docs/retention.md): nothing about its cases is recorded again.",
    (p) =>
      `the inspection's case data was removed under the retention policy at ${p.purgedAt}; nothing more is recorded about its cases`,
  ),
  'task-not-open': naming(
    'state',
    409,
    'Only an assigned or in-progress task can be submitted.',
    (s) => `the task is ${s}; it cannot be submitted`,
  ),
  'task-submitted': fixed(
    409,
    'A submitted task cannot be withdrawn.',
    'the task is submitted; it cannot be withdrawn',
  ),
  'already-flagged': fixed(
    409,
    'The task is already flagged for exclusion.',
    'the task is already flagged for exclusion',
  ),
  'case-has-task': naming(
    'caseRef',
    409,
    'The case already has a task of another id.',
    (ref) => `case ${ref} already has another task`,
  ),
  // Neither names more than the facts the lead may see already (the progress shows every case's assessor).
  'team-change-leaves-panel-without-chair': fixed(
    409,
    'The team change would leave the open ratings panel with no panel chair to approve the final ratings. Name another chair in the same change; nothing was changed.',
    'the ratings panel is open and this change removes its last chair; name another chair in the same change',
  ),
  'team-change-leaves-alerts-without-second-person': fixed(
    409,
    'The team change would take the second named person for safeguarding alerts off the team, so an alert nobody acknowledged would reach nobody. Name another in the QA settings first; nothing was changed.',
    'this change takes the second named person for safeguarding alerts off the team; name another in the quality assurance settings first',
  ),
  'team-change-orphans-work': spec<{
    work: readonly { userId: string; role: string; caseRef: string; kind: string; state: string }[];
  }>(
    409,
    'The team change would take a role from someone who still holds cases or reviews in it; details list each item. Reassign them first; nothing was changed.',
    (p) =>
      `${p.work.length} case(s) or review(s) are still with people this change removes; reassign them first`,
    (p) => p.work,
  ),
  'sample-confirmed': fixed(409, 'A confirmed sample no longer changes.', 'the sample is confirmed'),
  'no-sample': fixed(409, 'No sample has been drawn yet.', 'draw a sample first'),
  'empty-sample': fixed(
    409,
    'The sample holds no case (none on the long list is eligible); it is not confirmed.',
    'the sample holds no case: load a long list with cases in the sampling windows, then draw again',
  ),
  'no-long-list': fixed(409, 'No long list has been loaded yet.', 'load the long list first'),
  'not-sampled': fixed(
    409,
    'The case is not in the confirmed sample.',
    'the case is not in the confirmed sample',
  ),
  // The sample's own rules (packages/domain replaceExcludedCase) word these refusals.
  'reason-required': because(409, 'An exclusion needs a reason.'),
  'not-in-sample': because(409, 'The case is not among the selected cases.'),
  'reserve-empty': because(409, "The stratum's reserve has no case left to replace the excluded one."),
  'case-not-open': because(
    409,
    'A case the assignment names is submitted or withdrawn: its assessor no longer changes. The reason names the case; nothing was changed.',
  ),
  'workflow-not-running': fixed(
    409,
    'No assessment workflow runs for the case.',
    'the case has no running assessment workflow',
  ),
  'submit-rejected': because(
    409,
    'The case assessment workflow refused the submission; the reason says why.',
  ),

  // Quality assurance and safeguarding alerts: the domain's lifecycle rules (qa/review-states.ts,
  // safeguarding/alert-lifecycle.ts) word these refusals.
  'duty-refused': because(
    403,
    'Separation of duties: another person or role makes this move (a reviewer never reviews their own case).',
  ),
  'review-not-open': because(409, "The case's review state does not allow this move now."),
  'blind-judgements-first': fixed(
    409,
    'A blind review records the reviewer’s own key-question judgements before the answers are shown.',
    'record your own key-question judgements first: this review is blind',
  ),
  'blind-judgements-recorded': fixed(
    409,
    'A reviewer records their blind judgements of a case once, before the answers are shown.',
    'your blind judgements of this case are already recorded',
  ),
  'assessor-off-team': fixed(
    409,
    'An approved case is reopened for correction only while its assessor holds an assessor role on the team: only they revise it, so it would stay open and QA never end.',
    'the case’s assessor no longer holds an assessor role on the team, so nobody could revise it: put them back on the team first',
  ),
  'alert-not-open': because(409, "The alert's state does not allow this move now."),
  'panel-not-open': fixed(
    409,
    'The inspection has no open ratings panel: not yet, or none for an inspection without rating rules (2016).',
    'the ratings panel is not open for this inspection',
  ),
  'ratings-changed': fixed(
    409,
    'The chair approves the ratings as they saw them: a set that changed since the pack was read is not approved.',
    'the ratings changed since the pack was read: read them again, then approve',
  ),
  'ratings-approved': fixed(
    409,
    'Approved ratings change only through a correction the chair approves again.',
    'the ratings are approved: record a correction instead',
  ),
  'undecided-standards': spec<{ standards: readonly string[] }>(
    409,
    'Standards flagged for a small sample or without a rating, or whose decision no longer fits the figures, need a decision first; details list them.',
    (p) => `the panel must decide ${p.standards.join(', ')} before approval`,
    (p) => p.standards,
  ),
  'cases-reopened': spec<{ cases: number }>(
    409,
    'An assessment reopened for correction is out of the figures until quality assurance approves it again; the ratings are approved only once every sampled case counts.',
    (p) =>
      `${p.cases} reopened case(s) must be approved again by quality assurance before the ratings are approved`,
  ),
  'judgements-pending': spec<{ cases: number }>(
    409,
    'Cases quality assurance approved whose judgements the ratings service does not hold yet (their assessment.approved event on its way, parked after failed deliveries, or refused), or approved cases reopened for correction whose judgements it still counts (their assessment.reopened event on its way): the ratings would rest on part of the sample, or on judgements no longer approved, so they are not approved until it holds the sample as quality assurance does.',
    (p) =>
      `${p.cases} case(s) approved by quality assurance or reopened for correction are not yet reflected in the ratings; try again shortly, or ask an operator to replay parked events`,
  ),
  'four-eyes': because(403, 'Nobody approves their own proposal or correction; the reason says whose.'),

  'too-large': fixed(413, 'The body is larger than this route accepts.', 'the body is too large'),
  'uri-too-long': fixed(414, 'A part of the address is longer than any id.', 'the address is too long'),
  'unsupported-media-type': fixed(
    415,
    'This route takes another content type.',
    'this content type is not accepted here',
  ),
  'unsupported-charset': fixed(415, 'Bodies are read as UTF-8 only.', 'send the body in UTF-8'),

  'long-list-invalid': spec<{ rows: readonly { line: number }[] }>(
    422,
    'Rows of the long list need correcting; details give each line and what is wrong. Nothing was stored.',
    (p) => `${p.rows.length} row(s) need correcting; nothing was stored`,
    (p) => p.rows,
  ),
  'assessment-invalid': spec<{ findings: readonly Finding[] }>(
    422,
    'The assessment is not ready to submit; details list every problem by question code.',
    (p) => `the assessment is not ready to submit: ${p.findings.length} problem(s)`,
    (p) => p.findings,
  ),
  'blind-judgements-invalid': fieldIssues(
    422,
    'Blind judgements must name each key question of the framework once; details name the key questions at fault.',
  ),
  'alert-invalid': fieldIssues(
    422,
    'The alert breaks a safeguarding rule beyond its shape; details name each field.',
  ),
  'interview-invalid': fieldIssues(
    422,
    'The interview record breaks a rule of 002 13a–c beyond its shape (a role when it took place, 13b for a case manager, the language exactly in Wales); details name each field.',
  ),
  'decision-invalid': spec<{ problems: readonly string[] }>(
    422,
    'The panel decision does not fit the standard (direction, rating, rationale); details say why.',
    (p) => `the decision does not fit the standard: ${p.problems.join('; ')}`,
    (p) => p.problems,
  ),
  'evidence-invalid': spec<{ problems: readonly { path: string; message: string }[] }>(
    422,
    'The evidence for a qualitative rating needs correcting; details name each place and the rule.',
    (p) => `the evidence needs correcting: ${p.problems.length} problem(s)`,
    (p) => p.problems,
  ),
  'draft-invalid': fieldIssues(
    422,
    'The report text, or a comment on it, does not fit the approved ratings (a standard they do not rate, or findings twice); details name each place.',
  ),
  // Neither names the person or the case sent: a refusal never repeats what was sent.
  'not-an-assessor': fixed(
    422,
    'Cases go only to inspectors and local assessors on the team.',
    'the person named is not an assessor on this inspection',
  ),
  'not-on-team': fieldIssues(
    422,
    'A person the request names is not on the inspection team; details name the field (never the person).',
  ),
  'cannot-assign': fixed(
    422,
    'The assessor declared a conflict with the case, or is at capacity.',
    'the assessor has a conflict with the case or is at capacity',
  ),

  // The IETF httpapi idempotency-key draft's answer to a key reused for another request.
  'idempotency-key-reused': fixed(
    422,
    'The Idempotency-Key was sent before with a different request; nothing new was stored. Send a new key for a new request.',
    'this Idempotency-Key was sent before with a different request; send a new key for a new request',
  ),

  undecodable: fixed(
    422,
    'A payload could not be decrypted with the keys held (codec server).',
    'a payload could not be decrypted with the keys held',
  ),

  'too-many-requests': fixed(
    429,
    'Too many requests from this caller.',
    'too many requests; try again later',
  ),

  internal: fixed(
    500,
    'Something failed on our side; it is logged.',
    'something went wrong; it has been logged',
  ),
  // A defect, not a moment: the handler would answer the same again, so the sender does not retry it.
  'invalid-reply': fieldIssues(
    500,
    "A service's answer to a command broke the command's own contract (a defect on our side, logged): sending the command again would meet the same answer, so it is not retried; details name the fields, never their values.",
  ),
  // Without facts: the call was refused before anything was done. With mayHaveBeenTaken: Temporal did not answer
  // a call in time (gRPC DEADLINE_EXCEEDED) and may have taken it; the routes that set such a deadline make
  // only calls a repeat finds again (a start by its Idempotency-Key, an Update by its id), so say so.
  'service-busy': spec<{ mayHaveBeenTaken: true } | void>(
    503,
    'Another service this needs did not answer in time. Retry-After says when to try again; details.safeToRepeat says the request may have been taken and sending the same request again is safe.',
    (p) =>
      p
        ? 'a service this needs did not answer in time; the request may have been taken, and sending the same request again (with the same Idempotency-Key) is safe'
        : 'a service this needs is busy; nothing was changed, try again shortly',
    (p) => (p ? { safeToRepeat: true } : undefined),
  ),
  unavailable: fixed(503, 'Tokens cannot be verified now.', 'cannot verify tokens now; try again shortly'),
} as const satisfies Record<string, ProblemSpec<never>>;

export type ProblemCode = keyof typeof PROBLEMS;
export const PROBLEM_CODES = Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];

type ParamsOf<C extends ProblemCode> = Parameters<(typeof PROBLEMS)[C]['message']>[0];
/** What making a problem takes besides its code: nothing, or the facts its message names. */
export type ProblemArgs<C extends ProblemCode> = ParamsOf<C> extends void ? [] : [params: ParamsOf<C>];

declare const fromCatalogue: unique symbol;
/** A refusal as it travels: made only by `problem` (or read back by `receivedProblem`), never by hand. */
export interface Problem<C extends ProblemCode = ProblemCode> {
  readonly code: C;
  readonly message: string;
  readonly details?: unknown;
  readonly [fromCatalogue]: true;
}

/** The problem `code` with its message (and details) written from `params`. */
export function problem<C extends ProblemCode>(code: C, ...[params]: ProblemArgs<C>): Problem<C> {
  const entry = PROBLEMS[code] as ProblemSpec<unknown>;
  const details = entry.details?.(params);
  return {
    code,
    message: entry.message(params),
    ...(details === undefined ? {} : { details }),
  } as Problem<C>;
}

export const problemStatus = (code: ProblemCode): number => PROBLEMS[code].status;

const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(PROBLEMS, code);

/**
 * A problem another process made and sent on (a command's answer, a workflow's refusal): its message and
 * details were written from the catalogue where it began. A code this build does not know is a refusal of
 * the moment, without the details that only the unknown code gave a meaning to.
 */
export function receivedProblem(received: { code: string; message: string; details?: unknown }): Problem {
  const { code, message, details } = received;
  if (!isProblemCode(code)) return { code: 'not-allowed-now', message } as Problem;
  return { code, message, ...(details === undefined ? {} : { details }) } as Problem;
}

/** The codes answered with `status`, in catalogue order. */
export const codesWithStatus = (status: number): ProblemCode[] =>
  PROBLEM_CODES.filter((code) => PROBLEMS[code].status === status);

/** The body of a refusal with one of `codes` (an OpenAPI document lists them, each with what it means). */
export function errorBodyWith(codes: readonly [ProblemCode, ...ProblemCode[]]) {
  return z
    .object({
      error: z.object({ code: z.enum(codes), message: z.string(), details: z.unknown().optional() }),
    })
    .meta({ description: codes.map((code) => `${code}: ${PROBLEMS[code].meaning}`).join('\n') });
}
