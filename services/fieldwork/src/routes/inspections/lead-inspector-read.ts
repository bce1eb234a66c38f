// A lead inspector's audited read of one inspection's figures (`GET …/inspections/:inspectionId/…`): the
// team check runs before anything is read (inspectionRoute), then the read, then the audit row saying what
// was read (ids or counts, never content), then the answer. Each route says only what it reads and answers.
import type { z } from 'zod';
import { appendAudit, type AuditDetails } from '@yji/db';
import { actorOf, errorResponses, type App } from '@yji/service-kit';
import { inspectionRoute } from '../../access/inspection-access.ts';
import type { FieldworkDb } from '../../db.ts';

export interface LeadInspectorRead<Loaded, Response extends z.ZodType> {
  path: `/api/fieldwork/inspections/:inspectionId/${string}`;
  schema: {
    tags: string[];
    summary: string;
    description?: string;
    response: Response;
    /** The statuses it refuses with besides the team check's (400, 401, 403, 404). */
    refusals?: readonly number[];
  };
  /** The audit action, e.g. `alert.read`. */
  auditAction: string;
  load: (inspectionId: string) => Promise<Loaded>;
  /** What the audit row records of the read: ids or counts. */
  auditDetails: (loaded: Loaded) => AuditDetails;
  answer: (loaded: Loaded, inspectionId: string) => z.input<Response>;
}

export function registerLeadInspectorRead<Loaded, Response extends z.ZodType>(
  app: App,
  db: FieldworkDb,
  read: LeadInspectorRead<Loaded, Response>,
) {
  const { response, refusals = [], ...schema } = read.schema;
  // `answer` is checked against the response schema where each route is written; Fastify cannot resolve a
  // reply type from a schema type parameter, so here the schema is seen as any schema.
  const anyResponse: z.ZodType = response;
  app.get(
    read.path,
    inspectionRoute(db, ['lead-inspector'], {
      ...schema,
      response: { 200: anyResponse, ...errorResponses(...refusals) },
    }),
    async (request) => {
      const { inspectionId } = request.params;
      const loaded = await read.load(inspectionId);
      await appendAudit(db, {
        actor: actorOf(request),
        action: read.auditAction,
        entityType: 'inspection',
        entityId: inspectionId,
        inspectionId,
        details: read.auditDetails(loaded),
      });
      return read.answer(loaded, inspectionId);
    },
  );
}
