// PUT /api/ratings/inspections/:id/settings: the desistance-first option for out-of-court standards
// (004 ¶3.29–3.31), off by default; the computed ratings follow it at once. Not after approval.
import { PanelSettingsBody, problem } from '@yji/contracts';
import { actorOf, errorResponses, HttpError, type App } from '@yji/service-kit';
import { SETTING, panelRoute } from '../access/panel-access.ts';
import { auditPanel } from '../audit/audit-panel.ts';
import type { RatingsDb } from '../db.ts';
import { refuseOnceApproved } from '../panel/panel-turn.ts';

export function registerSetPanelSettings(app: App, db: RatingsDb) {
  app.put(
    '/api/ratings/inspections/:id/settings',
    panelRoute(db, SETTING, {
      summary: 'Set the desistance-first option for out-of-court standards (off by default)',
      body: PanelSettingsBody,
      response: { 200: PanelSettingsBody, ...errorResponses(409) },
    }),
    async (request) => {
      const { id } = request.params;
      const { version, desistanceFirst } = request.body;
      const changed = await db.$transaction(async (tx) => {
        await refuseOnceApproved(tx, id);
        const { count } = await tx.panel.updateMany({
          where: { inspectionId: id, settingsVersion: version },
          data: { desistanceFirst, settingsVersion: version + 1 },
        });
        if (count === 1)
          await auditPanel(tx, actorOf(request), id, 'panel.settings-changed', {
            desistanceFirst,
            version: version + 1,
          });
        return count === 1;
      });
      if (!changed) {
        const panel = await db.panel.findUnique({ where: { inspectionId: id } });
        if (!panel) throw new HttpError(problem('panel-not-open'));
        throw new HttpError(problem('stale-version', { current: panel.settingsVersion }));
      }
      return { version: version + 1, desistanceFirst };
    },
  );
}
