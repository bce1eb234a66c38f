// Every read and change of an inspection's ratings is audited: who, what, which standard. Details hold ids,
// standard ids, ratings and versions, never a rationale or a finding.
import { inspectionRecordAudit } from '@yji/db';

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
