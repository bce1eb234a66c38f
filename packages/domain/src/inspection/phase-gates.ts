// When the inspection moves on from fieldwork and from quality assurance (docs/domain.md §6 steps 3–5;
// issue 9): fieldwork ends once every case in the sample is submitted, quality assurance once every one of
// them is approved. A withdrawn case has left the sample (its replacement is another case) and counts for
// neither. One rule for the inspection workflow, which moves the phase, and for the pages that say what
// blocks it; and the words a refusal names the phases and a case's states in.

/** Where one confirmed case stands, as far as the phase is concerned. */
export interface CaseStanding {
  withdrawn: boolean;
  submitted: boolean;
  approved: boolean;
}

export type GatedPhase = 'fieldwork' | 'quality-assurance';

/** The phase after `phase` once `cases` allow it; null while a case blocks it (or there is none). */
export function phaseAfter(
  phase: GatedPhase,
  cases: readonly CaseStanding[],
): 'quality-assurance' | 'ready-for-panel' | null {
  const sample = cases.filter((entry) => !entry.withdrawn);
  if (sample.length === 0) return null;
  if (phase === 'fieldwork') return sample.every((entry) => entry.submitted) ? 'quality-assurance' : null;
  return sample.every((entry) => entry.approved) ? 'ready-for-panel' : null;
}

/**
 * Whether a sample of `selected` cases may be confirmed: one with none (every case on the long list outside
 * the sampling windows) would start a fieldwork that never ends, as `phaseAfter` waits for a case.
 */
export const sampleConfirmable = (selected: number) => selected > 0;

/** Whether every case in the sample is approved: the inspection is ready for the ratings panel. */
export const readyForPanel = (cases: readonly CaseStanding[]) =>
  phaseAfter('quality-assurance', cases) === 'ready-for-panel';

/** Each phase of an inspection as a sentence says where it stands: "the inspection is …". */
const PHASES_IN_WORDS = {
  'set-up': 'being set up',
  sampling: 'in sampling',
  fieldwork: 'in fieldwork',
  'quality-assurance': 'in quality assurance',
  'ready-for-panel': 'ready for its ratings panel',
  'ratings-panel': 'at its ratings panel',
  'ratings-approved': 'past its ratings panel, its ratings approved',
  publication: 'in publication',
  published: 'published',
} as const;

export type InspectionPhaseName = keyof typeof PHASES_IN_WORDS;

/**
 * Why a decision does not fit the phase, in words a lead reads on the page: "the inspection is in fieldwork;
 * this can be done only while it is in sampling".
 */
export const wrongPhase = (phase: InspectionPhaseName, needs: readonly InspectionPhaseName[]) =>
  `the inspection is ${PHASES_IN_WORDS[phase]}; this can be done only while it is ` +
  needs.map((wanted) => PHASES_IN_WORDS[wanted]).join(' or ');

/** Each state of a case's task as a sentence says where it stands: "the case is …". */
const CASE_STATES_IN_WORDS = {
  unassigned: 'unassigned',
  assigned: 'assigned',
  'in-progress': 'in progress',
  submitted: 'submitted',
  revising: 'being revised',
  withdrawn: 'withdrawn',
} as const;

/** Why a case cannot be `done` (reassigned, submitted, excluded) in its state, in words. */
export const caseCannotBe = (state: keyof typeof CASE_STATES_IN_WORDS, done: string) =>
  `the case is ${CASE_STATES_IN_WORDS[state]}; it cannot be ${done}`;
