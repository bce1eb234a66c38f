// The report's narrative findings follow its ratings (issue 11, The report; 004 Foreword: the report rates
// each standard and gives the findings behind the rating): findings only for a standard the approved final
// ratings rate, and at most once each.

export interface FindingsProblem {
  /** Where: `findings[<index>].standardId`. */
  field: string;
  message: string;
}

export function reportFindingsProblems(
  findingStandardIds: readonly string[],
  ratedStandardIds: readonly string[],
): FindingsProblem[] {
  const seen = new Set<string>();
  return findingStandardIds.flatMap((standardId, index) => {
    const field = `findings[${index}].standardId`;
    if (!ratedStandardIds.includes(standardId))
      return [{ field, message: 'the approved ratings do not rate this standard' }];
    if (seen.has(standardId)) return [{ field, message: 'the standard has findings earlier in the list' }];
    seen.add(standardId);
    return [];
  });
}
