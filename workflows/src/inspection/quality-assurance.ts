// The inspection's quality-assurance stage (issue 9; docs/domain.md §6 steps 3–5). The reviews themselves
// live in the fieldwork service; the inspection hears only each case's approval or reopening
// (caseApprovalSignal, relayed from fieldwork's assessment events), and moves on by the domain's rule.
import type { CaseApproval, CaseAssessmentState, InspectionPhase } from '@yji/contracts';
import { phaseAfter } from '@yji/domain/phase-gates';

/** The patch the stage sits behind: runs recorded before it rest in fieldwork, as they always did. */
export const QUALITY_ASSURANCE_PATCH = 'quality-assurance-stage';

/** A reopening of version v outranks its approval; the approval of v + 1 outranks both. */
const rank = ({ version, approved }: CaseApproval) => version * 2 + (approved ? 0 : 1);

/**
 * The latest approval news per case. Events arrive at least once and not always in order: the highest rank
 * wins, so a repeat or a late arrival changes nothing.
 */
export class CaseApprovals {
  private readonly latest: Map<string, CaseApproval>;

  constructor(carriedOver: readonly CaseApproval[] = []) {
    this.latest = new Map(carriedOver.map((entry) => [entry.taskId, entry]));
  }

  record(news: CaseApproval): void {
    const known = this.latest.get(news.taskId);
    if (!known || rank(news) > rank(known)) this.latest.set(news.taskId, news);
  }

  isApproved(taskId: string): boolean {
    return this.latest.get(taskId)?.approved ?? false;
  }

  /** What a continued run starts from. */
  toList(): CaseApproval[] {
    return [...this.latest.values()];
  }
}

/** The phase the inspection moves on to from fieldwork or quality assurance, if its cases allow it. */
export function nextPhase(
  phase: InspectionPhase,
  cases: Iterable<CaseAssessmentState>,
  approvals: CaseApprovals,
): InspectionPhase | null {
  if (phase !== 'fieldwork' && phase !== 'quality-assurance') return null;
  const standings = [...cases].map((entry) => ({
    withdrawn: entry.state === 'withdrawn',
    submitted: entry.state === 'submitted',
    approved: approvals.isApproved(entry.taskId),
  }));
  return phaseAfter(phase, standings);
}
