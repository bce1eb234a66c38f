// GET and POST /inspections/:id/long-list: upload the YJS's long list (a CSV file). A list with bad rows
// shows every one by line number and reason, and the service keeps nothing of it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formErrors, type FieldError } from '../web/form-errors.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, doneThen, page, type RouteDeps } from './route-deps.ts';

interface BadRow {
  line: number;
  reason: string;
}

export function registerLongList(app: FastifyInstance, deps: RouteDeps) {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    errors: FieldError[] = [],
    badRows: BadRow[] = [],
  ) => {
    const { inspection, breadcrumbs } = await leadsInspection(deps, request);
    return page(request, reply.status(errors.length ? 422 : 200), 'lead/long-list.njk', {
      title: 'Upload the long list',
      section: 'inspections',
      inspection,
      badRows,
      ...formErrors(errors),
      breadcrumbs,
    });
  };
  app.get('/inspections/:id/long-list', { preHandler: leadPage }, (request, reply) => show(request, reply));
  app.post('/inspections/:id/long-list', { preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    const file = (request.body as { longList?: unknown }).longList;
    const csv = Buffer.isBuffer(file) ? file.toString('utf8') : '';
    if (!csv.trim())
      return show(request, reply, [{ field: 'longList', text: 'Select the long list file (CSV)' }]);
    const sent = await apiFor(deps, request).send<{ rows: number }>(
      'POST',
      `/api/inspections/${id}/long-list`,
      csv,
    );
    if (sent.ok)
      return doneThen(
        request,
        reply,
        `Long list uploaded: ${sent.body.rows} cases.`,
        `/inspections/${id}/sample`,
      );
    if (sent.error.code === 'long-list-invalid') {
      const rows = sent.error.details as BadRow[];
      const text = `The file has ${rows.length} row${rows.length === 1 ? '' : 's'} to correct; nothing was kept`;
      return show(request, reply, [{ field: 'longList', text }], rows);
    }
    return show(request, reply, [{ field: 'longList', text: sent.error.message }]);
  });
}
