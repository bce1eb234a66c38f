// Every read and change of an inspection's team is audited against the team (its id is the inspection's):
// who, what, and user ids and roles only — never the conflicts, which are case references.
import { inspectionRecordAudit } from '@yji/db';

export type TeamAction = 'team.read' | 'team.changed';

export const auditTeam = inspectionRecordAudit<TeamAction>('team');
