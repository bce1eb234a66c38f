// The final ratings as the chair approves them, from the panel's figures, and as they are shown and
// published. A set, once stored, never changes (the tables refuse UPDATE and DELETE).
import type { FinalRatingsView } from '@yji/contracts';
import { publicCaseJudgements } from '@yji/domain';
import { Prisma, type FinalRating, type FinalRatingSet } from '../generated/prisma/client.ts';
import type { PanelRatings } from './panel-ratings.ts';

type Rating = FinalRatingsView['overall'];
type KeyQuestion = FinalRatingsView['standards'][number]['keyQuestions'][number];

/** Per standard: computed (case-based) or proposed (qualitative) rating, the final one, and who decided. */
export function finalStandardsOf({ base, decided, decisions }: PanelRatings) {
  return decided.standards.map((standard) => {
    const before = base.standards.find(({ id }) => id === standard.id)!;
    const decision = decisions.find(({ standardId }) => standardId === standard.id);
    return {
      standardId: standard.id,
      computedRating: before.kind === 'case-based' ? before.rating : null,
      proposedRating: before.kind === 'qualitative' ? before.rating : null,
      // Approval waits until every standard has a rating (undecidedStandards), so this is never null here.
      finalRating: standard.rating!,
      smallSample: before.smallSample,
      rationale: decision?.rationale ?? null,
      decidedBy: decision?.decidedBy ?? null,
      decidedAt: decision?.decidedAt ?? null,
      // Plain records of numbers and strings: JSON as they are.
      keyQuestions:
        before.kind === 'case-based'
          ? (before.keyQuestions as unknown as Prisma.InputJsonArray)
          : Prisma.DbNull,
    };
  });
}

/**
 * The judgements of the cases the figures counted (reopened ones left out), each case by a number only, for
 * the published case-judgements.csv. The cases come in task id order, which says nothing of their references.
 */
export function publishedCaseJudgements({ judgements, options }: PanelRatings): Prisma.InputJsonArray {
  const counted = judgements.filter(({ reopenedAt }) => reopenedAt === null);
  return publicCaseJudgements(
    counted.map(({ caseType, judgements: judged }) => ({
      type: caseType as 'court' | 'oocd',
      judgements: judged as Record<string, boolean | null>,
    })),
    options.standards,
  ) as unknown as Prisma.InputJsonArray;
}

export function finalRatingsView(set: FinalRatingSet & { standards: FinalRating[] }): FinalRatingsView {
  return {
    setId: set.id,
    inspectionId: set.inspectionId,
    supersedes: set.supersedes,
    approvedBy: set.approvedBy,
    approvedAt: set.approvedAt.toISOString(),
    rulesVersion: set.rulesVersion,
    standards: set.standards
      .toSorted((a, b) => a.standardId.localeCompare(b.standardId, 'en', { numeric: true }))
      .map((row) => ({
        id: row.standardId,
        computedRating: row.computedRating as Rating | null,
        proposedRating: row.proposedRating as Rating | null,
        finalRating: row.finalRating as Rating,
        smallSample: row.smallSample,
        rationale: row.rationale,
        decidedBy: row.decidedBy,
        decidedAt: row.decidedAt?.toISOString() ?? null,
        keyQuestions: (row.keyQuestions as KeyQuestion[] | null) ?? [],
      })),
    score: set.score,
    maxScore: set.maxScore,
    overall: set.overall as Rating,
    thresholdTable: set.thresholdTable,
    caseJudgements: (set.caseJudgements as FinalRatingsView['caseJudgements'] | null) ?? [],
  };
}
