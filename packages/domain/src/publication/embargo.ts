// The embargoed preview: the report as it will be published, for the people the lead inspector names with
// the schedule (issue 11; they need not be on the team, a press officer say). Decision (docs/domain.md): a
// named person's preview waits for them from the scheduling until the publication, when the report is public.

export interface EmbargoedReport {
  publishAt: Date | string | null;
  publishedAt: Date | string | null;
  /** The user ids named for the preview. */
  embargoViewers: readonly string[];
}

/** Whether `userId` is named for the report's preview and it is scheduled but not yet published. */
export const awaitsPreviewBy = (report: EmbargoedReport, userId: string) =>
  report.publishAt !== null && report.publishedAt === null && report.embargoViewers.includes(userId);
