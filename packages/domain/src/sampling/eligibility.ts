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
  // One string per reason, shared by every case it applies to (a long list can have thousands).
  const afterInspection = 'disposal starts after the inspection date';
  const beforeWindow = `disposal started before ${windowStart}, more than ${windows.windowMonths} months before the inspection`;
  const beforeCustodyWindow = `custodial sentence started before ${custodyWindowStart}, more than ${windows.custodyWindowMonths} months before the inspection`;
  const eligible: LongListCase[] = [];
  const ineligible: IneligibleCase[] = [];
  for (const longListCase of cases) {
    const custody = longListCase.disposalType === CUSTODIAL_SENTENCE;
    // ISO dates compare correctly as strings.
    if (longListCase.disposalStart > inspectionDate) {
      ineligible.push({ caseId: longListCase.caseId, reason: afterInspection });
    } else if (longListCase.disposalStart < (custody ? custodyWindowStart : windowStart)) {
      ineligible.push({ caseId: longListCase.caseId, reason: custody ? beforeCustodyWindow : beforeWindow });
    } else {
      eligible.push(longListCase);
    }
  }
  return { eligible, ineligible };
}
