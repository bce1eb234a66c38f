// Accepted factual accuracy comments not yet worked into the report. The lead inspector accepts or rejects
// each comment of the YJS contact with a reason, then saves the revised text as a new version (issue 11, The
// factual accuracy check; README.md, Publication), and the latest version is what is published. Decision
// (docs/domain.md §6 names the check and nothing of how its answers reach the text): a comment accepted after
// the version to be published was saved — the report not saved since the lead accepted it — is taken as not
// worked in yet. It is a warning, not a bar: the lead may have made the change before answering, or the comment
// may be about something the text does not hold (a rating, which only the panel changes); the publication
// service refuses a schedule only before the check closes or while a comment is unanswered.

/** A comment as the publication service shows it: its response, if it has one. */
export interface AnsweredComment {
  response: { decision: 'accepted' | 'rejected'; respondedAt: Date | string } | null;
}

/** The version of the report's text that would be published: when it was saved (null while nothing was). */
export interface SavedVersion {
  editedAt: Date | string | null;
}

const instant = (at: Date | string) => new Date(at).getTime();

/**
 * The comments, of `comments` and in their order, accepted after `version` was saved: every accepted one when
 * nothing was saved. A comment accepted at the very instant of the save counts as worked in.
 */
export function acceptedAfter<C extends AnsweredComment>(comments: readonly C[], version: SavedVersion): C[] {
  const savedAt = version.editedAt === null ? Number.NEGATIVE_INFINITY : instant(version.editedAt);
  return comments.filter(
    ({ response }) => response?.decision === 'accepted' && instant(response.respondedAt) > savedAt,
  );
}
