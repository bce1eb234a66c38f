// GET /api/inspections/:id/qa-settings: the QA policy and alert escalation in force, for the lead inspector
// and the QA reviewers of the inspection's team.
import { problem, QaSettingsView } from '@yji/contracts';
import { HttpError, type App } from '@yji/service-kit';
import { teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { toQaSettingsView } from '../views/qa-settings-view.ts';

export function registerReadQaSettings(app: App, db: InspectionDb) {
  app.get(
    '/api/inspections/:id/qa-settings',
    teamRoute(db, ['lead-inspector', 'qa-reviewer'], {
      tags: ['quality assurance'],
      summary: 'The QA policy (with its seed) and the safeguarding alert escalation in force',
      description:
        '404 until the lead inspector has set them (the defaults then apply, drawn with a seed recorded per case).',
      response: { 200: QaSettingsView },
    }),
    async (request) => {
      const row = await db.qaSettings.findUnique({ where: { inspectionId: request.params.id } });
      if (!row) throw new HttpError(problem('not-found', { what: 'QA settings' }));
      return toQaSettingsView(row);
    },
  );
}
