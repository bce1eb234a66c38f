// What validation reports. `code` is the question code (or the case-context field a rule needs); messages
// name codes and rules, never answer text (DOMAIN.md §7).
export type IssueRule =
  | 'unanswered'
  | 'outside-scale'
  | 'does-not-apply'
  | 'unknown-question'
  | 'classification-needed'
  | 'yes-when-no-factors'
  | 'care-facts-needed'
  | 'case-excluded'
  | 'rationale-needed';

export interface AssessmentIssue {
  readonly code: string;
  readonly rule: IssueRule;
  readonly message: string;
}

export interface AssessmentValidation {
  readonly errors: AssessmentIssue[];
  readonly warnings: AssessmentIssue[];
}
