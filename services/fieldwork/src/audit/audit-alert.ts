// Every read of a safeguarding alert and every move on it is audited against the alert: who, what, and ids,
// states, urgency and how many concerns only — never what the alert or an action says, nor which concerns.
import { recordAudit } from '@yji/db';
import type { AlertMoveInput } from '../alerts/apply-alert-move.ts';

/** 'alert.read', 'alert.raised', and `alert.<move>` for each move on it. */
export type AlertAction = 'alert.read' | 'alert.raised' | `alert.${AlertMoveInput['type']}`;

export const auditAlert = recordAudit<AlertAction>('safeguarding-alert');
