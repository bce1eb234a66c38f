// How far assessors and QA reviewers agree on the key questions' summary judgements (docs/domain.md §6 step 4:
// "agreement between inspector and QA is measured"), from blind reviews only: the reviewer recorded their own
// yes/no for each key question before seeing the assessor's answers (qa-policy.ts, blindShare). Per key
// question, per assessor, and for the whole inspection: pairs, percent agreement, and Cohen's kappa with its
// 95% interval (kappa.ts).
//
// Decisions: a pair counts only when both gave a yes/no. A key question one of them judged not applicable and
// the other judged is counted apart ("unpaired"), since applicability is a judgement of its own (004 ¶3.26).
// The assessor's side is their first submission, before any return could show them the reviewer's view.
// Per assessor and inspection-wide figures pool every key question's pairs into one table.
import { cohensKappa } from './kappa.ts';
import type { Kappa, PairedCounts } from './kappa.ts';

export interface BlindReview {
  caseRef: string;
  assessorId: string;
  /** The assessor's judgement per key question as first submitted: true yes, false no, null not applicable. */
  assessor: Readonly<Record<string, boolean | null>>;
  /** The reviewer's own judgement per key question, recorded before seeing the assessor's. */
  reviewer: Readonly<Record<string, boolean | null>>;
}

export interface AgreementSummary {
  /** The key question id, the assessor's id, or 'inspection'. */
  id: string;
  pairs: number;
  agreements: number;
  /** Unrounded; null without pairs. */
  percentAgreement: number | null;
  /** First rater: the assessor; second: the reviewer. */
  counts: PairedCounts;
  kappa: Kappa;
  /** Key questions one of the two judged and the other found not applicable. */
  unpaired: number;
}

export interface AgreementReport {
  byKeyQuestion: AgreementSummary[];
  byAssessor: AgreementSummary[];
  inspection: AgreementSummary;
}

interface Tally {
  counts: PairedCounts;
  unpaired: number;
}

const emptyTally = (): Tally => ({
  counts: { bothYes: 0, firstYesSecondNo: 0, firstNoSecondYes: 0, bothNo: 0 },
  unpaired: 0,
});

function add(tally: Tally, assessor: boolean | null, reviewer: boolean | null): void {
  if (assessor === null && reviewer === null) return;
  if (assessor === null || reviewer === null) tally.unpaired += 1;
  else if (assessor && reviewer) tally.counts.bothYes += 1;
  else if (assessor) tally.counts.firstYesSecondNo += 1;
  else if (reviewer) tally.counts.firstNoSecondYes += 1;
  else tally.counts.bothNo += 1;
}

function summarise(id: string, { counts, unpaired }: Tally): AgreementSummary {
  const agreements = counts.bothYes + counts.bothNo;
  const pairs = agreements + counts.firstYesSecondNo + counts.firstNoSecondYes;
  return {
    id,
    pairs,
    agreements,
    percentAgreement: pairs === 0 ? null : (agreements * 100) / pairs,
    counts,
    kappa: cohensKappa(counts),
    unpaired,
  };
}

function tallyFor(tallies: Map<string, Tally>, id: string): Tally {
  let tally = tallies.get(id);
  if (!tally) {
    tally = emptyTally();
    tallies.set(id, tally);
  }
  return tally;
}

const byId = (a: AgreementSummary, b: AgreementSummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function measureAgreement(reviews: readonly BlindReview[]): AgreementReport {
  const byKeyQuestion = new Map<string, Tally>();
  const byAssessor = new Map<string, Tally>();
  const inspection = emptyTally();
  for (const review of reviews) {
    const keyQuestionIds = new Set([...Object.keys(review.assessor), ...Object.keys(review.reviewer)]);
    for (const keyQuestionId of keyQuestionIds) {
      const assessor = review.assessor[keyQuestionId] ?? null;
      const reviewer = review.reviewer[keyQuestionId] ?? null;
      add(tallyFor(byKeyQuestion, keyQuestionId), assessor, reviewer);
      add(tallyFor(byAssessor, review.assessorId), assessor, reviewer);
      add(inspection, assessor, reviewer);
    }
  }
  const summaries = (tallies: Map<string, Tally>) =>
    [...tallies].map(([id, tally]) => summarise(id, tally)).sort(byId);
  return {
    byKeyQuestion: summaries(byKeyQuestion),
    byAssessor: summaries(byAssessor),
    inspection: summarise('inspection', inspection),
  };
}
