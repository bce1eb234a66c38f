// Every read and change of an inspection's report is audited: who, what, which version. Details hold ids,
// versions and standard ids, never the report's text.
import { inspectionRecordAudit } from '@yji/db';

export type ReportAction =
  | 'ratings.received'
  | 'report.read'
  | 'draft.saved'
  | 'factual-check.opened'
  | 'factual-check.read'
  | 'factual-check.closed'
  | 'comment.recorded'
  | 'comment.answered'
  | 'publication.scheduled'
  | 'preview.read'
  | 'preview.listed'
  | 'schedule.read'
  | 'report.published'
  | 'report.pdf-rendered';

export const auditReport = inspectionRecordAudit<ReportAction>('report');
