// POST /api/inspections: a lead inspector starts an inspection; its workflow stores it and makes the
// caller its lead. Sent with an Idempotency-Key, a repeat of the request is the same inspection
// (workflow/inspection-start.ts).
import type { Client } from '@temporalio/client';
import { CreatedInspection, CreateInspectionBody, IdempotencyKeyHeaders, problem } from '@yji/contracts';
import { courtShareProblems, frameworkSelectionProblems } from '@yji/domain';
import { errorResponses, HttpError, requireRole, TIMED_OUT, within, type App } from '@yji/service-kit';
import { inspectionRecordedUpdate } from '@yji/workflows';
import { startInspectionWorkflow, type StartOptions } from '../workflow/inspection-start.ts';

const RECORDED_WAIT_MS = 10_000;

export function registerStartInspection(app: App, temporal: Client, options: StartOptions) {
  app.post(
    '/api/inspections',
    {
      onRequest: requireRole('lead-inspector'),
      schema: {
        tags: ['inspections'],
        summary: 'Start an inspection of a youth justice service; the caller becomes its lead inspector',
        description:
          '201 once the inspection is stored (it can be read at once); 202 when the worker is slow to store ' +
          'it. Framework versions must exist and suit their domain, and a court share other than 1 needs an ' +
          'out-of-court framework (400 naming the field). Send an Idempotency-Key (a UUID, new for each ' +
          'inspection) to make a retry safe: the same key with the same request answers the same id, the same ' +
          'key with another request 422 idempotency-key-reused. Without one, every request starts an inspection.',
        headers: IdempotencyKeyHeaders,
        body: CreateInspectionBody,
        response: {
          201: CreatedInspection,
          202: CreatedInspection,
          ...errorResponses(400, 401, 403, 422, 503),
        },
      },
    },
    async (request, reply) => {
      const { frameworks, sample } = request.body;
      const issues = [
        ...frameworkSelectionProblems(frameworks).map(({ field, message }) => ({
          field: `body.frameworks.${field}`,
          message,
        })),
        ...courtShareProblems(frameworks, sample.courtShare).map(({ field, message }) => ({
          field: `body.sample.${field}`,
          message,
        })),
      ];
      if (issues.length) throw new HttpError(problem('invalid-request', { issues }));
      const { id, handle, running } = await startInspectionWorkflow(
        temporal,
        options,
        request.principal.userId,
        request.body,
        request.headers['idempotency-key'],
      );
      if (!running) return reply.status(201).send({ id });
      // Answer once the inspection is stored, so the lead can read it straight away; if the worker is slow
      // to get to it, say it was accepted rather than hold the request open.
      const recorded = await within(handle.executeUpdate(inspectionRecordedUpdate), RECORDED_WAIT_MS);
      return reply.status(recorded === TIMED_OUT ? 202 : 201).send({ id });
    },
  );
}
