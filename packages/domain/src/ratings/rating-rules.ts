// Whether an inspection is rated at all. Alone in a module with no imports: the inspection workflow's bundle
// takes it (an inspection without rating rules has no panel, and its retention runs from the end of QA).

/**
 * Whether an inspection pinning `standards` is rated: the 2020 standards are (004). Decision: 002 defines no
 * ratings for a 2016 inspection, so it has no ratings panel (and so no report in yji); QA moderates its
 * judgements View by View, and sectionJudgements reports them; its case data is purged the retention period
 * after quality assurance ends (docs/retention.md).
 */
export const hasRatingRules = (standards: string) => standards === 'standards-2020';
