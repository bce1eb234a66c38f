// The public report page's content (issue 11, The report; The scores): it opens with the overall rating, then
// per domain each standard's final rating (saying where the panel moved it, and why), its chart and findings,
// then the scores and the threshold table the overall rating came from. Only what was published: the approved
// set the report showed and the version of the text published with it.
import type { FinalRatingsView, StandardFindings } from '@yji/contracts';
import {
  domainOfStandard,
  keyQuestionName,
  movedByPanel,
  OVERALL_THRESHOLDS,
  STANDARD_DOMAINS,
  standardName,
  ukDateInWords,
  ukDay,
} from '@yji/domain';
import type { PublishedRatings } from '../open-data/published-ratings.ts';
import { chartKey, keyQuestionChart } from './key-question-chart.ts';

export interface PublishedText {
  overview: string;
  findings: StandardFindings[];
  recommendations: string[];
}

type FinalStandard = FinalRatingsView['standards'][number];

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);

function standardView(standard: FinalStandard, findings: StandardFindings | undefined) {
  const before = standard.computedRating ?? standard.proposedRating;
  const slug = standard.id.replace('.', '-');
  const keyQuestions = standard.keyQuestions.map((question) => ({
    ...question,
    label: keyQuestionName(question.id) ?? `Key question ${question.id}`,
  }));
  return {
    id: standard.id,
    name: standardName(standard.id),
    anchor: `standard-${slug}`,
    rating: standard.finalRating,
    basis: standard.computedRating ? 'computed from the cases' : 'proposed by the lead inspector',
    before,
    moved: movedByPanel(standard),
    rationale: standard.rationale,
    smallSample: standard.smallSample,
    chart: keyQuestions.length ? keyQuestionChart(standard.id, keyQuestions, `chart-${slug}`) : null,
    keyQuestions,
    strengths: paragraphs(findings?.strengths ?? ''),
    areasForImprovement: paragraphs(findings?.areasForImprovement ?? ''),
  };
}

/**
 * What the public pages call an inspection: its service's name, else "Youth justice inspection" and its code
 * (an inspection whose created event did not carry the name), else the start of its id.
 */
export const publicName = ({ yjsName, yjsCode, inspectionId }: PublishedRatings) =>
  yjsName ?? `Youth justice inspection ${yjsCode ?? inspectionId.slice(0, 8)}`;

/** The UK day a report was published: as the page's `datetime` (YYYY-MM-DD) and in words. */
export const publishedOn = (publishedAt: Date) => ({
  published: ukDay(publishedAt),
  publishedInWords: ukDateInWords(publishedAt.toISOString()),
});

/** The day the inspection's fieldwork began, as the page's `datetime` and in words; null when not known. */
const fieldworkBegan = (fieldworkStart: string | null) =>
  fieldworkStart ? { day: fieldworkStart, inWords: ukDateInWords(fieldworkStart) } : null;

export function reportView(
  { inspectionId, publishedAt, ratings, fieldworkStart }: PublishedRatings,
  text: PublishedText,
) {
  const standards = ratings.standards.map((standard) =>
    standardView(
      standard,
      text.findings.find(({ standardId }) => standardId === standard.id),
    ),
  );
  const table = OVERALL_THRESHOLDS.find(({ id }) => id === ratings.thresholdTable);
  return {
    inspectionId,
    ...publishedOn(publishedAt),
    fieldworkBegan: fieldworkBegan(fieldworkStart),
    overall: ratings.overall,
    score: ratings.score,
    maxScore: ratings.maxScore,
    overview: paragraphs(text.overview),
    recommendations: text.recommendations,
    domains: STANDARD_DOMAINS.map((domain) => ({
      ...domain,
      standards: standards.filter(({ id }) => domainOfStandard(id)?.number === domain.number),
    })).filter(({ standards: inDomain }) => inDomain.length > 0),
    chartKey: chartKey(),
    thresholds: table ? { standardCount: table.standardCount, bands: [...table.bands].reverse() } : null,
  };
}
