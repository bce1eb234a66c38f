// When an unacknowledged safeguarding alert goes to a second named person. 002 p.3 and Q1.14.1 require an
// assessor's concern to be "addressed" through the Alert & Action procedure and to reach the lead inspector
// (Q5.15.2); the seeds give no time limit. Decision: two hours by default, set per inspection.
import { z } from 'zod';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export const ALERT_ESCALATION_DEFAULTS = { escalateAfterMs: 2 * HOUR_MS } as const;

export const alertEscalationSchema = z.strictObject({
  /** Decision: at least a minute, at most three days, so an alert can neither escalate at once nor wait idle. */
  escalateAfterMs: z
    .int()
    .min(MINUTE_MS, 'at least one minute')
    .max(72 * HOUR_MS, 'at most 72 hours')
    .default(ALERT_ESCALATION_DEFAULTS.escalateAfterMs),
  /** The second named person (a user id) who is told, and may act, when the lead inspector has not acknowledged. */
  secondPersonId: z.string().min(1).max(100),
});

export type AlertEscalation = z.output<typeof alertEscalationSchema>;

/**
 * Decision (docs/domain.md): the second named person reads the children's alerts that reach them, so they are
 * on the inspection's team, in any role but the YJS's contact (who works for the service inspected); and only
 * while they are.
 */
export const mayBeSecondPerson = (teamRoles: readonly string[]) =>
  teamRoles.some((role) => role !== 'yjs-contact');

/**
 * Decision (docs/domain.md): an alert is the second named person's to read and follow once it has escalated to
 * them, and only while they may still be that person (`mayBeSecondPerson` on their team roles now).
 */
export const isEscalatedTo = (
  alert: { escalatedAt: Date | string | null; escalatesTo: string | null },
  member: { userId: string; teamRoles: readonly string[] },
) => alert.escalatedAt !== null && alert.escalatesTo === member.userId && mayBeSecondPerson(member.teamRoles);

/** An instant given as an ISO 8601 date-time with its offset, as the contracts and workflows carry it. */
export const instantSchema = z.iso.datetime({ offset: true });

export const toMs = (instant: string) => Date.parse(instant);
