// The inspection's sampled cases as the panel knows them: the case references of its approved assessments
// (reopened ones included). A proposal's case-file evidence must come from them; a panel rationale must name
// none of them (domain namesCase).
import type { PanelRatings } from './panel-ratings.ts';

export const sampledCaseRefs = ({ judgements }: PanelRatings): string[] => [
  ...new Set(judgements.map(({ caseRef }) => caseRef)),
];
