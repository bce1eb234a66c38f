// GET and POST /inspections/:id/long-list: upload the YJS's long list (a CSV file). A list with bad rows
// shows every one by line number and reason, and the service keeps nothing of it.
import type { FastifyInstance } from 'fastify';
import { LONG_LIST_LIMIT_BYTES } from '@yji/contracts';
import type { ApiError } from '../api/service-api.ts';
import { fileUpload } from '../web/create-web-app.ts';
import { refusalOn } from '../web/form-errors.ts';
import { formPage } from './form-page.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import type { RouteDeps } from './route-deps.ts';

interface BadRow {
  line: number;
  reason: string;
}

/** Why the service did not take the file, where the catalogue's words are not enough. */
const NOT_TAKEN = {
  'invalid-request': 'The selected file must be a CSV file saved as UTF-8',
  'too-large': 'The selected file is too large: it must be a long list of one inspection',
  'not-allowed-now': 'The long list can change only while the inspection is being set up or sampled',
  'sample-confirmed': 'The long list cannot change now: the sample is confirmed',
};

/** The service's refusal beside the file field; a list with bad rows says how many (the page lists them). */
function refusalOf(error: ApiError) {
  if (error.code !== 'long-list-invalid') return { errors: [refusalOn('longList', error, NOT_TAKEN)] };
  const rows = error.details as BadRow[];
  const count = rows.length === 1 ? 'the row' : `the ${rows.length} rows`;
  const text = `Correct ${count} listed below, then upload the file again. Nothing from this file was saved`;
  return { errors: [{ field: 'longList', text }], extra: { badRows: rows } };
}

export function registerLongList(app: FastifyInstance, deps: RouteDeps) {
  const form = formPage(
    deps,
    'lead/long-list.njk',
    async (request) => {
      const { inspection, breadcrumbs } = await leadsInspection(deps, request);
      return { title: 'Upload the long list', section: 'inspections', inspection, breadcrumbs };
    },
    { invalidStatus: 422 },
  );
  app.get('/inspections/:id/long-list', { preHandler: leadPage }, (request, reply) =>
    form.show(request, reply),
  );
  // The long list is the largest thing a form sends: taken up to the size the service takes.
  const upload = fileUpload(LONG_LIST_LIMIT_BYTES);
  app.post('/inspections/:id/long-list', { ...upload, preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    const file = (request.body as { longList?: unknown }).longList;
    const csv = Buffer.isBuffer(file) ? file.toString('utf8') : '';
    if (!csv.trim())
      return form.show(request, reply, {
        errors: [{ field: 'longList', text: 'Select the long list file (CSV)' }],
      });
    return form.send<{ rows: number }>(request, reply, {
      command: ['POST', `/api/inspections/${id}/long-list`, csv],
      refused: refusalOf,
      done: ({ rows }) => ({ notice: `Long list uploaded: ${rows} cases.`, to: `/inspections/${id}/sample` }),
    });
  });
}
