// POST /api/inspections/:id/long-list: the lead inspector uploads the YJS's long list as CSV (text/csv
// body). The list is read and checked as it arrives (a 100,000-row list never blocks the service for
// long), every bad row comes back with its line number and nothing is stored; a good list is staged in
// batches and handed to the workflow, which makes it current if the inspection is still sampling. A list
// the workflow refuses is removed, and the audit records the refusal as a refusal; lists staged long ago and
// never made current go at the next upload (and in the service's sweep). The disposal types are closed to
// those the inspection's frameworks assess: a case of another type could never be assessed.
import type { IncomingMessage } from 'node:http';
import { setImmediate } from 'node:timers/promises';
import type { FastifyRequest } from 'fastify';
import { LongListAccepted, problem } from '@yji/contracts';
import {
  createLongListReader,
  disposalTypesFor,
  type DisposalType,
  type LongListParseResult,
} from '@yji/domain';
import { appendAudit } from '@yji/db';
import { actorOf, errorResponses, HttpError, type App } from '@yji/service-kit';
import { useLongListUpdate } from '@yji/workflows';
import { z } from 'zod';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { frameworkSelectionOf } from '../store/inspection-record.ts';
import {
  discardAbandonedLongLists,
  discardStagedLongList,
  stageLongList,
  STAGED_LIST_BOUND_MS,
} from '../store/long-list-store.ts';
import { decisionResponses, isRefusal, type Decide } from '../workflow/lead-decisions.ts';

/** About 200,000 rows of the specified columns; beyond any YJS's caseload. */
const LONG_LIST_LIMIT_BYTES = 16 * 1024 * 1024;

/** The body as the route receives it: the list already read, or every bad row. */
const ReadLongList = z
  .custom<LongListParseResult>((value) => typeof value === 'object' && value !== null && 'ok' in value)
  .meta({ type: 'string', description: 'The long list as CSV, UTF-8, with a header row.' });

/** Text checked at a time before other requests get a turn: a few milliseconds' work. */
const SLICE_CHARACTERS = 16 * 1024;

/** Reads a CSV body piece by piece as it arrives, within `limitBytes`. */
async function readLongList(
  body: AsyncIterable<Buffer>,
  limitBytes: number,
  disposalTypes: readonly [DisposalType, ...DisposalType[]] | undefined,
): Promise<LongListParseResult> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = createLongListReader({ disposalTypes });
  let bytes = 0;
  try {
    for await (const chunk of body) {
      bytes += chunk.length;
      if (bytes > limitBytes) throw new HttpError(problem('too-large'));
      const text = decoder.decode(chunk, { stream: true });
      for (let from = 0; from < text.length; from += SLICE_CHARACTERS) {
        reader.read(text.slice(from, from + SLICE_CHARACTERS));
        // Other requests are answered between slices.
        await setImmediate();
      }
    }
    reader.read(decoder.decode());
  } catch (error) {
    if (error instanceof TypeError)
      throw new HttpError(
        problem('invalid-request', { issues: [{ field: 'body', message: 'is not UTF-8' }] }),
      );
    throw error;
  }
  return reader.finish();
}

/**
 * The disposal types the inspection's pinned frameworks assess. The team check has run (the inspection is
 * recorded); a malformed id finds nothing and is left to the route's schema.
 */
async function disposalTypesOf(db: InspectionDb, request: FastifyRequest) {
  const { id } = request.params as { id?: string };
  const parsed = z.uuid().safeParse(id);
  const record = parsed.success ? await db.inspection.findUnique({ where: { id: parsed.data } }) : null;
  return record ? disposalTypesFor(frameworkSelectionOf(record)) : undefined;
}

export function registerUploadLongList(app: App, db: InspectionDb, decide: Decide) {
  app.addContentTypeParser('text/csv', async (request: FastifyRequest, payload: IncomingMessage) =>
    readLongList(
      payload,
      request.routeOptions.bodyLimit ?? LONG_LIST_LIMIT_BYTES,
      await disposalTypesOf(db, request),
    ),
  );

  app.post(
    '/api/inspections/:id/long-list',
    {
      ...teamRoute(db, LEAD, {
        tags: ['sample'],
        summary: "Upload the YJS's long list of cases (CSV) and make it the one the sample is drawn from",
        description:
          "422 long-list-invalid lists every bad row by line number (a disposal type the inspection's " +
          'frameworks do not assess among them), and nothing is stored. Once the sample is confirmed the ' +
          'workflow refuses a new list (409).',
        body: ReadLongList,
        consumes: ['text/csv'],
        response: { 200: LongListAccepted, ...errorResponses(409, 413, 422), ...decisionResponses() },
      }),
      bodyLimit: LONG_LIST_LIMIT_BYTES,
    },
    async (request) => {
      const { id } = request.params;
      const parsed = request.body;
      if (!parsed.ok) throw new HttpError(problem('long-list-invalid', { rows: parsed.errors }));
      await discardAbandonedLongLists(db, {
        inspectionId: id,
        before: new Date(Date.now() - STAGED_LIST_BOUND_MS),
      });
      const longListId = await stageLongList(db, id, request.principal.userId, parsed.cases);
      const audit = (action: string, details: Record<string, string | number>) =>
        appendAudit(db, {
          actor: actorOf(request),
          action,
          entityType: 'long-list',
          entityId: longListId,
          inspectionId: id,
          details,
        });
      const rows = parsed.cases.length;
      const state = await decide(id, useLongListUpdate, {
        actor: actorOf(request),
        longListId,
      }).catch(async (error: unknown) => {
        // A refusal (the sample is confirmed): the list is case data with no use, so it is not kept. A
        // decision still being taken (202) is not a refusal: the workflow may yet make the list current.
        if (isRefusal(error)) {
          await discardStagedLongList(db, longListId);
          await audit('long-list.refused', { rows, code: (error as HttpError).problem.code });
        }
        throw error;
      });
      await audit('long-list.uploaded', { rows });
      return { longListId, rows, phase: state.phase };
    },
  );
}
