// POST /api/inspections/:id/long-list: the lead inspector uploads the YJS's long list as CSV (text/csv
// body). Every bad row comes back with its line number and nothing is stored; a good list is staged and
// handed to the workflow, which makes it current if the inspection is still sampling.
import { LongListAccepted, problem } from '@yji/contracts';
import { parseLongList } from '@yji/domain';
import { appendAudit } from '@yji/db';
import { actorOf, errorResponses, HttpError, type App } from '@yji/service-kit';
import { useLongListUpdate } from '@yji/workflows';
import { z } from 'zod';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { discardStagedLongList, stageLongList } from '../store/long-list-store.ts';
import { decisionResponses, isRefusal, type Decide } from '../workflow/lead-decisions.ts';

/** About 50,000 rows of the specified columns; far beyond any YJS's caseload. */
const LONG_LIST_LIMIT_BYTES = 5 * 1024 * 1024;

export function registerUploadLongList(app: App, db: InspectionDb, decide: Decide) {
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: LONG_LIST_LIMIT_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/api/inspections/:id/long-list',
    {
      ...teamRoute(db, LEAD, {
        tags: ['sample'],
        summary: "Upload the YJS's long list of cases (CSV) and make it the one the sample is drawn from",
        description:
          '422 long-list-invalid lists every bad row by line number, and nothing is stored. Once the sample ' +
          'is confirmed the workflow refuses a new list (409).',
        body: z.string().min(1),
        consumes: ['text/csv'],
        response: { 200: LongListAccepted, ...errorResponses(409, 413, 422), ...decisionResponses() },
      }),
      bodyLimit: LONG_LIST_LIMIT_BYTES,
    },
    async (request) => {
      const { id } = request.params;
      const parsed = parseLongList(request.body);
      if (!parsed.ok) {
        throw new HttpError(problem('long-list-invalid', { rows: parsed.errors }));
      }
      const longListId = await db.$transaction(async (tx) => {
        const staged = await stageLongList(tx, id, request.principal.userId, parsed.cases);
        await appendAudit(tx, {
          actor: actorOf(request),
          action: 'long-list.uploaded',
          entityType: 'long-list',
          entityId: staged,
          inspectionId: id,
          details: { rows: parsed.cases.length },
        });
        return staged;
      });
      // A list the workflow refuses (the sample is confirmed) is not kept: it is case data with no use. One
      // still being taken (202) is kept for the decision to activate.
      const state = await decide(id, useLongListUpdate, {
        actor: actorOf(request),
        longListId,
      }).catch(async (error: unknown) => {
        if (isRefusal(error)) await discardStagedLongList(db, longListId);
        throw error;
      });
      return { longListId, rows: parsed.cases.length, phase: state.phase };
    },
  );
}
