// What validation reports. `code` is the question code (or the case-context field a rule needs); messages
// name codes and rules, never answer text (docs/domain.md §7).
export type IssueRule =
  | 'unanswered'
  | 'outside-scale'
  // A per-factor grid with rows still to answer: a draft may keep it, a submission may not.
  | 'grid-rows-unanswered'
  | 'does-not-apply'
  | 'unknown-question'
  | 'recorded-elsewhere'
  | 'expected-answer'
  | 'unknown-disposal-type'
  | 'classification-needed'
  | 'programme-needed'
  | 'interview-needed'
  | 'interview-record'
  | 'yes-when-no-factors'
  | 'care-facts-needed'
  | 'case-excluded'
  | 'rationale-needed'
  | 'consider-alert';

export interface AssessmentIssue {
  readonly code: string;
  readonly rule: IssueRule;
  readonly message: string;
}

export interface AssessmentValidation {
  readonly errors: AssessmentIssue[];
  readonly warnings: AssessmentIssue[];
}
