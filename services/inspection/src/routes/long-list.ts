// POST /api/inspections/:id/long-list: the lead inspector uploads the YJS's long list as CSV (text/csv
// body). Every bad row comes back with its line number and nothing is stored; a good list is staged and
// handed to the workflow, which makes it current if the inspection is still sampling.
import { InspectionIdParams } from '@yji/contracts';
import { parseLongList } from '@yji/domain';
import { appendAudit } from '@yji/db';
import { auditActor, HttpError, type App } from '@yji/service-kit';
import { useLongListUpdate } from '@yji/workflows';
import { z } from 'zod';
import { LEAD, teamRoleBeforeBody } from './access.ts';
import { actorOf, refusalsAsHttp } from './workflow-calls.ts';
import type { RoutesDeps } from './inspections.ts';
import { discardStagedLongList, stageLongList } from '../store/long-list-store.ts';

/** About 50,000 rows of the specified columns; far beyond any YJS's caseload. */
export const LONG_LIST_LIMIT_BYTES = 5 * 1024 * 1024;

export function registerLongListRoutes(app: App, { db, temporal }: RoutesDeps) {
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: LONG_LIST_LIMIT_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/api/inspections/:id/long-list',
    {
      onRequest: teamRoleBeforeBody(db, LEAD),
      bodyLimit: LONG_LIST_LIMIT_BYTES,
      schema: { params: InspectionIdParams, body: z.string().min(1), consumes: ['text/csv'] },
    },
    async (request) => {
      const { id } = request.params;
      const parsed = parseLongList(request.body);
      if (!parsed.ok) {
        throw new HttpError(
          422,
          'long-list-invalid',
          `${parsed.errors.length} row(s) need correcting; nothing was stored`,
          parsed.errors,
        );
      }
      const longListId = await db.$transaction(async (tx) => {
        const staged = await stageLongList(tx, id, request.principal!.userId, parsed.cases);
        await appendAudit(tx, {
          ...auditActor(request),
          action: 'long-list.uploaded',
          entityType: 'long-list',
          entityId: staged,
          inspectionId: id,
          details: { rows: parsed.cases.length },
        });
        return staged;
      });
      // A list the workflow refuses (the sample is confirmed) is not kept: it is case data with no use.
      const state = await refusalsAsHttp(
        temporal.workflow
          .getHandle(id)
          .executeUpdate(useLongListUpdate, { args: [{ actor: actorOf(request), longListId }] }),
      ).catch(async (error: unknown) => {
        await discardStagedLongList(db, longListId);
        throw error;
      });
      return { longListId, rows: parsed.cases.length, phase: state.phase };
    },
  );
}
