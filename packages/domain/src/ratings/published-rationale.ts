// Decision (docs/domain.md §7): a panel rationale is published with the report — its page, its PDF, the open
// data — where a case is never known by its reference, so a rationale naming a sampled case is refused.

/** Any letter or digit: a reference inside a longer word or number ("C0012" in "C00123") is another one. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether `text` names one of `caseRefs` as a word of its own, in any letter case. Decision: a reference is
 * matched as written; one spelt with spaces or other separators inside is not caught.
 */
export function namesCase(text: string, caseRefs: readonly string[]): boolean {
  const haystack = text.toLowerCase();
  return caseRefs.some((ref) => {
    const needle = ref.toLowerCase();
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      const before = haystack[at - 1] ?? '';
      const after = haystack[at + needle.length] ?? '';
      if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
    }
    return false;
  });
}

/** A standard's ratings as the panel's approved set holds them: computed (case-based) or proposed, and final. */
export interface SettledRating {
  finalRating: string;
  computedRating?: string | null;
  proposedRating?: string | null;
}

/**
 * Whether the panel moved the standard's rating from the computed (case-based) or proposed (qualitative) one.
 * Only such a standard's rationale is published (the report's page and PDF); a confirmation's never is.
 */
export const movedByPanel = (rating: SettledRating) =>
  rating.finalRating !== (rating.computedRating ?? rating.proposedRating);

/** A standard's final rating with the panel's decision on it, as the approved set holds it. */
export interface DecidedRating extends SettledRating {
  rationale: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

/**
 * A standard as the report publishes it. A rating the panel moved keeps its decision, whose rationale the
 * page shows. A confirmation reads as the rating it confirmed, with no decision: its rationale is free text
 * a panel member wrote about the cases, never public (docs/retention.md), and the page says nothing of who
 * confirmed it or when. Decision: a moved rating keeps who moved it and when, which the page does not show
 * either, because the portal's ratings table marks a rating moved by the panel by its `decidedBy`.
 */
export const ratingAsPublished = <R extends DecidedRating>(rating: R): R =>
  movedByPanel(rating) ? rating : { ...rating, rationale: null, decidedBy: null, decidedAt: null };
