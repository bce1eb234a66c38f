// GET /factual-checks/:id: the YJS contact reads the version of the report sent for the factual accuracy
// check, section by section, each with the comments made on it and — while the check is open — a form to
// comment on it; after the deadline or once closed, read-only. POST /factual-checks/:id/comments adds a
// comment on one section. The publication service decides who may and until when.
import type { FastifyInstance } from 'fastify';
import { CommentBody, problem, type FactualCheckView } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import { formValues } from '../web/form-errors.ts';
import { standardTitle } from '../web/nunjucks-filters.ts';
import { readCheck } from './factual-check.ts';
import { formPage } from './form-page.ts';
import { inspectionCaption } from './inspection-caption.ts';
import { pathId } from './inspection-params.ts';
import { reportApi } from './report.ts';
import { needsRole, signedIn, type RouteDeps } from './route-deps.ts';

export const yjsPage = [signedIn, needsRole('yjs-contact')];

/** The draft's sections in reading order, with the comments on each. */
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
    const entered = { [field]: values.text ?? '' };
    if (!parsed.success) {
      const onSection = parsed.error.issues.some(({ path }) => path[0] === 'section');
      if (onSection) throw new HttpError(problem('not-found', { what: 'page' }));
      return form.show(request, reply, {
        values: entered,
        errors: [{ field, text: 'Enter your comment, in 5,000 characters or fewer' }],
      });
    }
    return form.send(request, reply, {
      command: ['POST', `${reportApi(id)}/factual-check/comments`, parsed.data],
      refused: () => ({
        values: entered,
        errors: [{ field, text: 'The check has closed: comments are no longer taken' }],
      }),
      done: () => ({ notice: 'Comment sent to the lead inspector', to: `/factual-checks/${id}` }),
    });
  });
}
