// GET /factual-checks/:id: the YJS contact reads the version of the report sent for the factual accuracy
// check, section by section, each with the comments made on it and — while the check is open — a form to
// comment on it; after the deadline or once closed, read-only. POST /factual-checks/:id/comments adds a
// comment on one section. The publication service decides who may and until when. Each form carries an
// Idempotency-Key made when the page is shown, so a comment sent twice (a refresh, a resend) is recorded once.
import type { FastifyInstance } from 'fastify';
import { CommentBody, problem, type FactualCheckView } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import { formValues, refusalOn } from '../web/form-errors.ts';
import { formKeyOf, newFormKey } from '../web/form-key.ts';
import { standardTitle } from '../web/nunjucks-filters.ts';
import { readCheck } from './factual-check.ts';
import { formPage } from './form-page.ts';
import { inspectionCaption } from './inspection-caption.ts';
import { pathId } from './inspection-params.ts';
import { reportApi } from './report.ts';
import { needsRole, signedIn, type RouteDeps } from './route-deps.ts';

export const yjsPage = [signedIn, needsRole('yjs-contact')];

/** This form's key sent another comment already: sent again, the form sends a new one. */
const SENT_BEFORE =
  'This form sent a comment before, with other words. Send it again to send another comment';

/** Why the publication service did not take the comment, where this page's words differ from the catalogue's. */
const NOT_TAKEN = {
  'not-allowed-now': 'The check has closed: comments are no longer taken',
  'draft-invalid': 'Comment on a section of the report as it was sent: reload the page',
};

/** The draft's sections in reading order, with the comments on each and the key its comment form sends. */
function sectionsOf(check: FactualCheckView) {
  const { draft } = check;
  const sections = [
    { id: 'overview', title: 'Overview', name: 'the overview', text: draft.overview },
    { id: 'ratings', title: 'Ratings', name: 'the ratings', ratings: draft.ratings },
    ...draft.findings.map((finding) => ({
      id: `standard-${finding.standardId}`,
      title: `Standard ${standardTitle(finding.standardId)}`,
      name: `standard ${finding.standardId}`,
      finding,
    })),
    {
      id: 'recommendations',
      title: 'Recommendations',
      name: 'the recommendations',
      text: draft.recommendations.join('\n\n'),
    },
  ];
  return sections.map((section) => ({
    ...section,
    comments: check.comments.filter((comment) => comment.section === section.id),
    formKey: newFormKey(),
  }));
}

export function registerYjsCheck(app: FastifyInstance, deps: RouteDeps) {
  const form = formPage(deps, 'report/yjs-check.njk', async (request) => {
    const id = pathId(request);
    const [check, inspectionName] = await Promise.all([
      readCheck(deps, request, id),
      inspectionCaption(deps, request, id),
    ]);
    if (!check) throw new HttpError(problem('not-found', { what: 'page' }));
    return {
      title: 'Check the draft report for factual accuracy',
      section: 'home',
      id,
      inspectionName,
      check,
      sections: sectionsOf(check),
      breadcrumbs: [{ text: 'Home', href: '/' }],
    };
  });

  app.get('/factual-checks/:id', { preHandler: yjsPage }, (request, reply) => form.show(request, reply));

  app.post('/factual-checks/:id/comments', { preHandler: yjsPage }, async (request, reply) => {
    const id = pathId(request);
    const values = formValues(request.body);
    const parsed = CommentBody.safeParse({ section: values.section, text: values.text ?? '' });
    const field = `text-${parsed.data?.section ?? values.section}`;
    // The form shown again keeps its key: what it sends next is still this comment.
    const idempotencyKey = formKeyOf(values.idempotencyKey);
    const entered = {
      [field]: values.text ?? '',
      section: values.section ?? '',
      ...(idempotencyKey ? { idempotencyKey } : {}),
    };
    if (!parsed.success) {
      const onSection = parsed.error.issues.some(({ path }) => path[0] === 'section');
      if (onSection) throw new HttpError(problem('not-found', { what: 'page' }));
      return form.show(request, reply, {
        values: entered,
        errors: [{ field, text: 'Enter your comment, in 5,000 characters or fewer' }],
      });
    }
    return form.send(request, reply, {
      command: ['POST', `${reportApi(id)}/factual-check/comments`, parsed.data, idempotencyKey],
      refused: (error) =>
        error.code === 'idempotency-key-reused'
          ? { values: { ...entered, idempotencyKey: newFormKey() }, errors: [{ field, text: SENT_BEFORE }] }
          : { values: entered, errors: [refusalOn(field, error, NOT_TAKEN)] },
      done: () => ({ notice: 'Comment sent to the lead inspector', to: `/factual-checks/${id}` }),
    });
  });
}
