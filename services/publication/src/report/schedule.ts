// The publication's schedule as the lead inspector sees it.
import type { ScheduleView } from '@yji/contracts';
import type { Report } from '../generated/prisma/client.ts';

export const scheduleView = (report: Report): ScheduleView => ({
  inspectionId: report.inspectionId,
  version: report.scheduleVersion,
  publishAt: report.publishAt?.toISOString() ?? null,
  embargo: report.embargoViewers,
  publishedAt: report.publishedAt?.toISOString() ?? null,
  publishedVersion: report.publishedVersion,
});
