// Every read and change of an inspection's report is audited: who, what, which version. Details hold ids,
// versions and standard ids, never the report's text.
import { inspectionRecordAudit, type AuditActor } from '@yji/db';

/** The ratings events' consumer acts for the system: the chair is audited where they approved. */
export const EVENTS_ACTOR: AuditActor = { userId: 'system:ratings-events', roles: [] };

/** The report's PDF is rendered by the service itself when the report is published. */
export const PDF_ACTOR: AuditActor = { userId: 'system:report-pdf', roles: [] };

/** Commands come from the publication workflow, which carries the person as the command's actor. */
export const WORKFLOW_ACTOR: AuditActor = { userId: 'system:publication-workflow', roles: [] };

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
  | 'report.published'
  | 'report.pdf-rendered';

export const auditReport = inspectionRecordAudit<ReportAction>('report');
