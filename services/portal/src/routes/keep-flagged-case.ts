// POST /inspections/:id/exclusion-flags/:taskId/kept: the lead inspector keeps a flagged case in the sample,
// from its card on the flags page. The fieldwork service records the decision on the flag (only the
// inspection's lead may), and the assessor sees it on the case; a refusal comes back beside the card's button.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { ExclusionFlagKept } from '@yji/contracts';
import { refusalOn } from '../web/form-errors.ts';
import { exclusionFlagsPage } from './exclusion-flags.ts';
import { leadPage } from './inspection-overview.ts';
import { pathId } from './inspection-params.ts';
import type { RouteDeps } from './route-deps.ts';

/** Why the case was not kept, where the catalogue's words are not enough. */
const NOT_KEPT = {
  'task-locked': 'The case has been excluded since this page was shown: it is no longer in the sample',
  'not-found': 'This case’s flag is no longer there. Reload the page to see the flags as they are now',
};

export function registerKeepFlaggedCase(app: FastifyInstance, deps: RouteDeps) {
  const flagsPage = exclusionFlagsPage(deps);
  app.post(
    '/inspections/:id/exclusion-flags/:taskId/kept',
    { preHandler: leadPage },
    async (request, reply) => {
      const id = pathId(request);
      const taskId = pathId(request, 'taskId');
      return flagsPage.send<z.infer<typeof ExclusionFlagKept>>(request, reply, {
        command: ['POST', `/api/fieldwork/tasks/${taskId}/exclusion-flag/kept`],
        refused: (error) => ({ errors: [refusalOn(`keep-${taskId}`, error, NOT_KEPT)] }),
        done: (kept) => ({
          notice: `Case ${kept.caseRef} kept in the sample. Its assessor sees this on the case.`,
          to: `/inspections/${id}/exclusion-flags`,
        }),
      });
    },
  );
}
