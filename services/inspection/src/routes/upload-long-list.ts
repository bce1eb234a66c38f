// POST /api/inspections/:id/long-list: the lead inspector uploads the YJS's long list as CSV (text/csv
// body). The list is read and checked as it arrives (a 100,000-row list never blocks the service for
// long), every bad row comes back with its line number and nothing is stored; a good list is staged in
// batches and handed to the workflow, which makes it current if the inspection is still sampling. A list
// the workflow refuses is removed, and the audit records the refusal as a refusal; lists staged long ago and
// never made current go at the next upload (and in the service's sweep). The disposal types are closed to
// those the inspection's frameworks assess: a case of another type could never be assessed. An upload's
// Idempotency-Key is tied to its file, as every decision's key to its request (service-kit keyedDecisionRoute):
// the same file sent again is answered with the list the first made current, another file under the key is
// refused 422 idempotency-key-reused before anything is staged. The file is known by a SHA-256 of its bytes,
// taken as they arrive (a few milliseconds for 100,000 rows), not of the rows read from them.
import { createHash, type Hash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { LONG_LIST_LIMIT_BYTES, LongListAccepted, problem } from '@yji/contracts';
import { disposalTypesFor } from '@yji/domain';
import { appendAudit } from '@yji/db';
import {
  actorOf,
  errorResponses,
  HttpError,
  keyedDecisionRoute,
  refuseIfPurged,
  type App,
} from '@yji/service-kit';
import { useLongListUpdate } from '@yji/workflows';
import { z } from 'zod';
import { LEAD, teamRoute } from '../access/team-access.ts';
import type { InspectionDb } from '../db.ts';
import { createLongListReading } from '../long-list-reading/long-list-reading.ts';
import type { ReadLongList } from '../long-list-reading/messages.ts';
import { frameworkSelectionOf } from '../store/inspection-record.ts';
import {
  discardAbandonedLongLists,
  discardStagedLongList,
  stageLongList,
  STAGED_LIST_BOUND_MS,
} from '../store/long-list-store.ts';
import { decisionResponses, isRefusal, type Decide } from '../workflow/lead-decisions.ts';

/**
 * The lists this service's CSV reading made, each with the SHA-256 (hex) of the body it was read from. Another
 * content type's parser (JSON) could hand the route an object of the same shape that no rule has checked; only
 * a list read here is taken.
 */
const readHere = new WeakMap<ReadLongList, string>();

/** `body` as it arrives, each piece added to `digest` on its way to the reading. */
async function* digesting(body: AsyncIterable<Buffer>, digest: Hash) {
  for await (const piece of body) {
    digest.update(piece);
    yield piece;
  }
}

/** The body as the route receives it: the list already read (long-list-reading), or every bad row. */
const ReadLongListBody = z
  .custom<ReadLongList>(
    (value) => typeof value === 'object' && value !== null && readHere.has(value as ReadLongList),
    {
      error: 'the long list is sent as text/csv',
    },
  )
  .meta({ type: 'string', description: 'The long list as CSV, UTF-8, with a header row.' });

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
  const reading = createLongListReading();
  app.addHook('onClose', () => reading.close());
  app.addContentTypeParser('text/csv', async (request: FastifyRequest, payload: IncomingMessage) => {
    const digest = createHash('sha256');
    const read = await reading.read(digesting(payload, digest), {
      limitBytes: request.routeOptions.bodyLimit ?? LONG_LIST_LIMIT_BYTES,
      disposalTypes: await disposalTypesOf(db, request),
    });
    readHere.set(read, digest.digest('hex'));
    return read;
  });

  app.post(
    '/api/inspections/:id/long-list',
    {
      // The key is tied to the file's bytes as they arrived, not to the rows read from them.
      ...keyedDecisionRoute(
        db,
        teamRoute(db, LEAD, {
          tags: ['sample'],
          summary: "Upload the YJS's long list of cases (CSV) and make it the one the sample is drawn from",
          description:
            "422 long-list-invalid lists every bad row by line number (a disposal type the inspection's " +
            'frameworks do not assess among them), and nothing is stored. Once the sample is confirmed the ' +
            'workflow refuses a new list (409), and once the inspection’s case data is purged, so does the ' +
            'service (409 inspection-purged). Under an Idempotency-Key the request is the file, byte for byte.',
          body: ReadLongListBody,
          consumes: ['text/csv'],
          response: { 200: LongListAccepted, ...errorResponses(409, 413, 422), ...decisionResponses() },
        }),
        { bodyOf: (request) => readHere.get(request.body as ReadLongList) },
      ),
      bodyLimit: LONG_LIST_LIMIT_BYTES,
    },
    async (request) => {
      const { id } = request.params;
      const parsed = request.body;
      if (!parsed.ok) throw new HttpError(problem('long-list-invalid', { rows: parsed.errors }));
      // A purged inspection's children are not recorded again, not even while the workflow says no.
      const refuseIfPurgedNow = () => db.$transaction((tx) => refuseIfPurged(tx, id, HttpError));
      await refuseIfPurgedNow();
      await discardAbandonedLongLists(db, {
        inspectionId: id,
        before: new Date(Date.now() - STAGED_LIST_BOUND_MS),
      });
      const longListId = await stageLongList(db, id, request.principal.userId, parsed);
      // Staged batch by batch, outside any one transaction (store/long-list-store.ts), so a purge may have
      // run meanwhile and missed rows: asked again now that all are stored, under the retention lock. A purge
      // that has committed or is under way is seen (waited for), and the list goes; one that starts after
      // finds every row, and deletes them.
      await refuseIfPurgedNow().catch(async (error: unknown) => {
        await discardStagedLongList(db, longListId);
        throw error;
      });
      const audit = (action: string, details: Record<string, string | number>) =>
        appendAudit(db, {
          actor: actorOf(request),
          action,
          entityType: 'long-list',
          entityId: longListId,
          inspectionId: id,
          details,
        });
      const { rows } = parsed;
      const state = await decide(
        id,
        useLongListUpdate,
        { actor: actorOf(request), longListId },
        request.headers['idempotency-key'],
      ).catch(async (error: unknown) => {
        // A refusal (the sample is confirmed): the list is case data with no use, so it is not kept. A
        // decision still being taken (202) is not a refusal: the workflow may yet make the list current.
        if (isRefusal(error)) {
          await discardStagedLongList(db, longListId);
          await audit('long-list.refused', { rows, code: (error as HttpError).problem.code });
        }
        throw error;
      });
      // A repeat under the Idempotency-Key of an upload taken already (the same file: another was refused before
      // the handler, keyedDecisionRoute) is answered with the list that one made current; the copy this request
      // staged has no use, and is case data: it goes at once.
      const current = state.longList;
      if (current && current.longListId !== longListId) {
        await discardStagedLongList(db, longListId);
        return { longListId: current.longListId, rows: current.rows, phase: state.phase };
      }
      await audit('long-list.uploaded', { rows });
      return { longListId, rows, phase: state.phase };
    },
  );
}
