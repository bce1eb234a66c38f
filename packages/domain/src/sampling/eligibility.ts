// Which long-list cases fall within the sample's time window (004 ¶3.16).
import { CUSTODIAL_SENTENCE } from './disposal-types.ts';
import { monthsBefore } from './calendar-date.ts';
import type { LongListCase } from './long-list-row-schema.ts';

export interface EligibilityWindows {
  /** 004 ¶3.16: cases "dealt with in the three months prior to the inspection". */
  windowMonths: number;
  /** 004 ¶3.16: custody cases "one year prior to inspection", for resettlement standard 2.5. */
  custodyWindowMonths: number;
}

export interface IneligibleCase {
  caseId: string;
  reason: string;
}

export interface Eligibility {
  eligible: LongListCase[];
  ineligible: IneligibleCase[];
}

/**
 * Decision: the window runs from the same calendar day `months` earlier up to and including the inspection
 * date; a disposal starting after the inspection date is out of scope.
 */
export function checkEligibility(
  cases: readonly LongListCase[],
  inspectionDate: string,
  windows: EligibilityWindows,
): Eligibility {
  const windowStart = monthsBefore(inspectionDate, windows.windowMonths);
  const custodyWindowStart = monthsBefore(inspectionDate, windows.custodyWindowMonths);
  const eligible: LongListCase[] = [];
  const ineligible: IneligibleCase[] = [];
  for (const longListCase of cases) {
    const custody = longListCase.disposalType === CUSTODIAL_SENTENCE;
    const start = custody ? custodyWindowStart : windowStart;
    // ISO dates compare correctly as strings.
    if (longListCase.disposalStart > inspectionDate) {
      ineligible.push({ caseId: longListCase.caseId, reason: `disposal starts after the inspection date` });
    } else if (longListCase.disposalStart < start) {
      const months = custody ? windows.custodyWindowMonths : windows.windowMonths;
      const kind = custody ? 'custodial sentence' : 'disposal';
      ineligible.push({
        caseId: longListCase.caseId,
        reason: `${kind} started before ${start}, more than ${months} months before the inspection`,
      });
    } else {
      eligible.push(longListCase);
    }
  }
  return { eligible, ineligible };
}
