// Filters the templates use to show dates, times and codes the way GOV.UK pages do.
import nunjucks, { type Environment } from 'nunjucks';
import type { DecisionView, Role } from '@yji/contracts';
import type { Known } from '../people/directory.ts';
import {
  DISPOSAL_TYPE_LABELS,
  getFramework,
  keyQuestionName,
  NO_FRAMEWORK,
  SIDE_LABELS,
  standardName,
  ukDateInWords,
  ukShortDateInWords,
  ukTimeInWords,
  ukWeekdayDateInWords,
  type DisposalType,
  type Side,
} from '@yji/domain';

/** "7 December 2026" from an ISO date or date-time: a moment's day in UK time, where the inspectorate works. */
export const govukDate = (iso: string | null | undefined) => (iso ? ukDateInWords(iso) : '');

/** "7 December 2026 at 2:05pm" (UK time): for what waits in hours, such as an alert or the QA queue. */
export const govukDateTime = (iso: string | null | undefined) =>
  iso ? `${ukDateInWords(iso)} at ${ukTimeInWords(iso)}` : '';

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "set-up" → "Set up", "local-assessor" → "Local assessor", "very_high" → "Very high". */
export const humanise = (code: string | null | undefined) => sentenceCase((code ?? '').replace(/[-_]/g, ' '));

/** "other_oocd" → "Other out-of-court disposal": the long list's code as the domain names it. */
export const disposalType = (code: string) => DISPOSAL_TYPE_LABELS[code as DisposalType] ?? humanise(code);

/** The roles as the inspectorate says them: "QA reviewer", "YJS contact", which `humanise` cannot spell. */
const ROLE_NAMES: Readonly<Record<Role, string>> = {
  'lead-inspector': 'Lead inspector',
  inspector: 'Inspector',
  'local-assessor': 'Local assessor',
  'qa-reviewer': 'QA reviewer',
  'panel-chair': 'Panel chair',
  'yjs-contact': 'YJS contact',
};

/** One code or a list of codes → their names, comma-separated; a code without a name is humanised. */
const namesOf = (nameOf: (code: string) => string | undefined) => (codes: string | readonly string[]) =>
  (typeof codes === 'string' ? [codes] : codes).map((code) => nameOf(code) ?? humanise(code)).join(', ');

/** "qa-reviewer" → "QA reviewer". */
export const roleNames = namesOf((role) => ROLE_NAMES[role as Role]);

const namesOfFrameworks = namesOf((id) => getFramework(id)?.name);

/**
 * "d2-v6.5" → "Court disposals CARaG v6.5", as the framework's data names it; the slots a 2016 inspection
 * leaves without a framework (NO_FRAMEWORK) are left out.
 */
export const frameworkNames = (ids: string | readonly string[]) =>
  namesOfFrameworks((typeof ids === 'string' ? [ids] : ids).filter((id) => id !== NO_FRAMEWORK));

/** "oocd" → "Out-of-court". */
export const sampleSide = (side: string) => sentenceCase(SIDE_LABELS[side as Side] ?? side);

/**
 * "Rating confirmed", "Rating moved up to Good", "Rating moved down to Inadequate": a decision as a panel
 * member says it (a decision view's codes, "Confirm" or "Up to Good", read as an instruction, not what was done).
 */
export function panelDecision({
  decision,
  to,
}: Pick<DecisionView, 'decision'> & Partial<Pick<DecisionView, 'to'>>): string {
  if (decision === 'confirm') return 'Rating confirmed';
  return `Rating moved ${decision}${to ? ` to ${to}` : ''}`;
}

/** "1.1" → "1.1 Governance and leadership", the standard's number and its name (004 Annexe A). */
export const standardTitle = (standardId: string) =>
  [standardId, standardName(standardId)].filter(Boolean).join(' ');

/** "2.1.1" → "2.1.1 Supporting the child's desistance"; a key question without a name, its number. */
export const keyQuestionTitle = (keyQuestionId: string) =>
  [keyQuestionId, keyQuestionName(keyQuestionId)].filter(Boolean).join(' ');

/**
 * nunjucks' own trim (/^\s*|\s*$/g) takes time in the square of a run of white space inside the text, and
 * govuk-frontend's macros trim every label, legend and hint: on the case form of the largest framework it was
 * a third of the page's render. The same result, in linear time; markup marked safe stays so.
 */
export const trim = (value: unknown) => {
  const trimmed = String(value ?? '').trim();
  return value instanceof nunjucks.runtime.SafeString ? new nunjucks.runtime.SafeString(trimmed) : trimmed;
};

/**
 * A person's name (or a list's, comma-separated), from the people directory the page was given (`people`), or
 * the user id the services know them by when they have not signed in under a name.
 */
export function person(this: { ctx: { people?: Known } }, userIds: string | readonly string[]) {
  const { people } = this.ctx;
  return namesOf((userId) => people?.nameOf(userId) ?? userId)(userIds);
}

/** Each filter by the name templates call it by. */
const FILTERS = {
  trim,
  govukDate,
  govukDateTime,
  // "7 Dec 2026" where space is short (a table), and "2:05pm": UK time, as the domain writes them.
  govukShortDate: ukShortDateInWords,
  govukTime: ukTimeInWords,
  // "Thursday 3 December 2026": a deadline's day, so the reader need not work out the weekday.
  govukWeekdayDate: ukWeekdayDateInWords,
  humanise,
  disposalType,
  sampleSide,
  roleNames,
  person,
  frameworkNames,
  standardTitle,
  keyQuestionTitle,
  panelDecision,
};

export function configureNunjucks(env: Environment) {
  for (const [name, filter] of Object.entries(FILTERS)) env.addFilter(name, filter);
}
