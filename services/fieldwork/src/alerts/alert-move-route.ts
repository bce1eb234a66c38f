// A route that makes one move of an alert by a person (acknowledge, record an action, record the outcome):
// the caller must be able to see the alert (else 404); the domain decides the rest (apply-alert-move.ts). A
// move that adds a record each time (an action) takes an Idempotency-Key, so a resend adds nothing.
import type { z } from 'zod';
import { AlertIdParams, AlertView, IdempotencyKeyHeaders } from '@yji/contracts';
import { ANY_ROLE } from '../access/team-member.ts';
import { actorOf, errorResponses, requireRole, type App } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';
import { visibleAlert } from './alert-access.ts';
import { applyAlertMove, type AlertMoveInput } from './apply-alert-move.ts';
import { toAlertView } from './alert-record.ts';

export interface AlertMoveRoute<B extends z.ZodType> {
  /** Under /api/fieldwork/alerts/:alertId/. */
  path: string;
  summary: string;
  body?: B;
  /** Whether the move takes an Idempotency-Key, which `toMove` is given. */
  keyed?: boolean;
  toMove: (body: z.output<B>, idempotencyKey: string | undefined) => AlertMoveInput;
  /** What follows a committed move (the acknowledgement stops the escalation timer). */
  afterMove?: (alertId: string) => Promise<void>;
}

export function registerAlertMove<B extends z.ZodType>(app: App, db: FieldworkDb, spec: AlertMoveRoute<B>) {
  app.post(
    `/api/fieldwork/alerts/:alertId/${spec.path}`,
    {
      onRequest: requireRole(...ANY_ROLE),
      schema: {
        tags: ['safeguarding'],
        summary: spec.summary,
        description:
          'Only the inspection’s lead inspector, or the second named person once the alert has escalated to ' +
          'them (403 duty-refused otherwise); a move the alert’s state does not allow answers 409, as does ' +
          'any move once the inspection’s case data is purged (inspection-purged).' +
          (spec.keyed
            ? ' With an Idempotency-Key the move is made once: a repeat answers the alert as it is, another ' +
              'request under the same key is 422 idempotency-key-reused.'
            : ''),
        params: AlertIdParams,
        ...(spec.keyed ? { headers: IdempotencyKeyHeaders } : {}),
        ...(spec.body ? { body: spec.body } : {}),
        response: {
          200: AlertView,
          ...errorResponses(400, 401, 403, 404, 409, ...(spec.keyed ? [422] : [])),
        },
      },
      bodyLimit: 16 * 1024,
    },
    async (request) => {
      const { member } = await visibleAlert(db, request.principal, request.params.alertId);
      const moved = await applyAlertMove(
        db,
        request.params.alertId,
        spec.toMove(
          request.body as z.output<B>,
          // Validated by IdempotencyKeyHeaders where the move is keyed; ignored where it is not.
          spec.keyed ? (request.headers as IdempotencyKeyHeaders)['idempotency-key'] : undefined,
        ),
        member,
        actorOf(request),
      );
      await spec.afterMove?.(moved.id);
      return toAlertView(moved);
    },
  );
}
