// Every read and change of an inspection's ratings is audited: who, what, which standard. Details hold ids,
// standard ids, ratings and versions, never a rationale or a finding.
import { inspectionRecordAudit, type AuditActor } from '@yji/db';

/** The assessment events' consumer acts for the system: the person is audited where they approved. */
export const EVENTS_ACTOR: AuditActor = { userId: 'system:fieldwork-events', roles: [] };
/** Commands come from the ratings panel workflow, which carries the person as the command's actor. */
export const WORKFLOW_ACTOR: AuditActor = { userId: 'system:ratings-panel-workflow', roles: [] };

export type PanelAction =
  | 'ratings.read'
  | 'judgements.recorded'
  | 'judgements.refused'
  | 'judgements.withdrawn'
  | 'panel.opened'
  | 'panel.settings-changed'
  | 'proposal.recorded'
  | 'decision.recorded'
  | 'ratings.approved';

export const auditPanel = inspectionRecordAudit<PanelAction>('ratings-panel');
