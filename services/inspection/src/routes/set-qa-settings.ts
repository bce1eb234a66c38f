// PUT /api/inspections/:id/qa-settings: the lead inspector sets which submitted assessments go to QA (and
// which reviews are blind), with the seed the draws are made from, and who a safeguarding alert escalates to.
// Set before or during fieldwork; a case's QA selection is made once, at its first submission, with the
// settings then in force (the fieldwork service records the seed it used). Audited and published.
import type { z } from 'zod';
import { problem, QaSettingsBody, QaSettingsView, qaSettingsSet } from '@yji/contracts';
import { mayBeSecondPerson } from '@yji/domain';
import { appendAudit, appendToOutbox } from '@yji/db';
import { actorOf, errorResponses, HttpError, type App } from '@yji/service-kit';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { databaseNow } from '../store/database-now.ts';
import { toQaSettingsView } from '../views/qa-settings-view.ts';

export function registerSetQaSettings(app: App, db: InspectionDb, afterOutbox: () => void) {
  app.put(
    '/api/inspections/:id/qa-settings',
    {
      ...teamRoute(db, LEAD, {
        tags: ['quality assurance'],
        summary: 'Set the QA policy (with its seed) and the safeguarding alert escalation',
        description:
          'Shares by assessor role, the minimum per assessor, every flagged case, every case with an alert, ' +
          'the blind share, and the seed every draw is made from; the alert escalation names the second ' +
          'person and the time (default 2 hours). A case keeps the selection made at its first submission. ' +
          'The second person reads the children’s alerts that reach them, so is someone on the team other ' +
          'than the YJS’s contact (422 not-on-team otherwise).',
        body: QaSettingsBody,
        response: { 200: QaSettingsView, ...errorResponses(422) },
      }),
      bodyLimit: 8 * 1024,
    },
    async (request) => {
      const { id } = request.params;
      const { policy, alertEscalation } = request.body;
      const setBy = request.principal.userId;
      const stored = await db.$transaction(async (tx) => {
        // Takes turns with a team change (set-team locks the same rows), so the person named is on the team
        // the change leaves; and with another save, each timed by the database's clock on its turn.
        await tx.$executeRawUnsafe(
          'SELECT 1 FROM "TeamMember" WHERE "inspectionId" = $1::uuid FOR UPDATE',
          id,
        );
        const named = alertEscalation
          ? await tx.teamMember.findMany({
              where: { inspectionId: id, userId: alertEscalation.secondPersonId },
            })
          : [];
        if (alertEscalation && !mayBeSecondPerson(named.map((member) => member.role)))
          throw new HttpError(
            problem('not-on-team', {
              issues: [
                {
                  field: 'body.alertEscalation.secondPersonId',
                  message: 'is not on the inspection team, or is the YJS’s contact',
                },
              ],
            }),
          );
        const setAt = new Date(await databaseNow(tx));
        const data = { policy, alertEscalation: alertEscalation ?? Prisma.DbNull, setBy, setAt };
        const row = await tx.qaSettings.upsert({
          where: { inspectionId: id },
          create: { inspectionId: id, ...data },
          update: data,
        });
        await appendToOutbox(tx, qaSettingsSet.subject, {
          inspectionId: id,
          policy,
          alertEscalation: alertEscalation ?? null,
          setAt: setAt.toISOString(),
        } satisfies z.input<typeof qaSettingsSet.payload>);
        await appendAudit(tx, {
          actor: actorOf(request),
          action: 'qa-settings.set',
          entityType: 'qa-settings',
          entityId: id,
          inspectionId: id,
          details: { seedSet: true, secondPersonNamed: Boolean(alertEscalation) },
        });
        return row;
      });
      afterOutbox();
      return toQaSettingsView(stored);
    },
  );
}
