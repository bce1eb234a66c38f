// GET /factual-checks/:id: the YJS contact reads the version of the report sent for the factual accuracy
// check, section by section, each with the comments made on it and — while the check is open — a box beside
// it to comment on it, all the boxes in one form; after the deadline or once closed, read-only.
// POST /factual-checks/:id/comments sends each box filled in as one comment on its section, so nothing typed
// in one box is lost by sending from another. The publication service decides who may and until when. Each
// box carries its own Idempotency-Key made when the page is shown, so the form sent twice (a refresh, a
// resend) records each comment once.
import type { FastifyInstance } from 'fastify';
import { CommentBody, CommentSection, problem, type FactualCheckView } from '@yji/contracts';
import { HttpError } from '@yji/service-kit';
import { formValues, refusalOn, tooLong, type FieldError } from '../web/form-errors.ts';
import { formKeyOf, newFormKey } from '../web/form-key.ts';
import { standardTitle } from '../web/nunjucks-filters.ts';
import { readCheck } from './factual-check.ts';
import { formPage } from './form-page.ts';
import { inspectionCaption } from './inspection-caption.ts';
import { pathId } from './inspection-params.ts';
import { reportApi } from './report.ts';
import { apiFor, doneThen, needsRole, signedIn, type RouteDeps } from './route-deps.ts';

export const yjsPage = [signedIn, needsRole('yjs-contact')];

/** This box's key sent another comment already: sent again, the box sends a new one. */
const SENT_BEFORE =
  'This form sent a comment before, with other words. Send it again to send another comment';

/** Why the publication service did not take the comment, where this page's words differ from the catalogue's. */
const NOT_TAKEN = {
  'not-allowed-now': 'The check has closed: comments are no longer taken',
  'draft-invalid': 'Comment on a section of the report as it was sent: reload the page',
};

/** The form sent with every box empty: said at the first box. */
const NOTHING_ENTERED = 'Enter a comment on at least one section';

/** A section as its box's label and the messages name it: "the overview", "standard 2.1". */
const nameOf = (section: string) => {
  const standard = /^standard-(.+)$/.exec(section)?.[1];
  return standard ? `standard ${standard}` : `the ${section}`;
};

/** The form's fields of a section: its box and the key the box's comment is sent with. */
const textField = (section: string) => `text-${section}`;
const keyField = (section: string) => `idempotencyKey-${section}`;

const and = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** The draft's sections in reading order, with the comments on each and the key its box starts with. */
function sectionsOf(check: FactualCheckView) {
  const { draft } = check;
  const sections = [
    { id: 'overview', title: 'Overview', text: draft.overview },
    { id: 'ratings', title: 'Ratings', ratings: draft.ratings },
    ...draft.findings.map((finding) => ({
      id: `standard-${finding.standardId}`,
      title: `Standard ${standardTitle(finding.standardId)}`,
      finding,
    })),
    { id: 'recommendations', title: 'Recommendations', text: draft.recommendations.join('\n\n') },
  ];
  return sections.map((section) => ({
    ...section,
    name: nameOf(section.id),
    comments: check.comments.filter((comment) => comment.section === section.id),
    formKey: newFormKey(),
  }));
}

/** A box's comment the contract refuses: over its limit, or holding characters nobody types. */
function boxError(section: string, issues: readonly { path: PropertyKey[]; code: string }[]): FieldError {
  const field = textField(section);
  const label = `Comment on ${nameOf(section)}`;
  return issues.some((issue) => issue.code === 'too_big')
    ? { field, text: tooLong(label, CommentBody.shape.text) }
    : { field, text: `${label} must only include characters you can type` };
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
    // The form's boxes in the order the page has them (a browser sends its fields in that order).
    const sections = Object.keys(values).flatMap((name) => /^text-(.+)$/.exec(name)?.slice(1) ?? []);
    if (sections.some((section) => !CommentSection.safeParse(section).success))
      throw new HttpError(problem('not-found', { what: 'page' }));
    // The form shown again keeps each box's key: what it sends next is still that box's comment.
    const entered: Record<string, string> = { ...values };
    for (const section of sections)
      entered[keyField(section)] = formKeyOf(values[keyField(section)]) ?? newFormKey();

    const filled = sections.filter((section) => values[textField(section)]!.trim() !== '');
    if (!filled.length)
      return form.show(request, reply, {
        values: entered,
        errors: [{ field: textField(sections[0] ?? 'overview'), text: NOTHING_ENTERED }],
      });
    const parsed = filled.map((section) => ({
      section,
      result: CommentBody.safeParse({ section, text: values[textField(section)] }),
    }));
    // Nothing is sent while any box is wrong: each says what to change, the others keep their words.
    const wrong = parsed.flatMap(({ section, result }) =>
      result.success ? [] : [boxError(section, result.error.issues)],
    );
    if (wrong.length) return form.show(request, reply, { values: entered, errors: wrong });
    const comments = parsed.flatMap(({ result }) => (result.success ? [result.data] : []));

    // One comment per box, in page order (the order the lead reads them in), each under its own key; a box
    // refused does not keep the others from being sent.
    const api = apiFor(deps, request);
    const sent: string[] = [];
    const refused: FieldError[] = [];
    const shownAgain = { ...entered };
    for (const comment of comments) {
      const { section } = comment;
      const field = textField(section);
      const answer = await api.send(
        'POST',
        `${reportApi(id)}/factual-check/comments`,
        comment,
        entered[keyField(section)],
      );
      if (answer.ok) {
        // Sent: it is shown under its section now, and the box is empty, for another comment.
        sent.push(section);
        shownAgain[field] = '';
        shownAgain[keyField(section)] = newFormKey();
      } else if (answer.error.code === 'idempotency-key-reused') {
        refused.push({ field, text: SENT_BEFORE });
        shownAgain[keyField(section)] = newFormKey();
      } else refused.push(refusalOn(field, answer.error, NOT_TAKEN, answer.status));
    }
    if (!refused.length)
      return doneThen(
        request,
        reply,
        sent.length === 1
          ? 'Comment sent to the lead inspector'
          : `${sent.length} comments sent to the lead inspector`,
        `/factual-checks/${id}`,
      );
    // The comments taken are said to be sent, above the page's sections (where each is shown now).
    const one = sent.length === 1;
    const sentNow = sent.length
      ? `Sent to the lead inspector: your ${one ? 'comment' : 'comments'} on ${and.format(sent.map(nameOf))}. ` +
        `${one ? 'It is shown under its section' : 'They are shown under their sections'}.`
      : undefined;
    return form.show(request, reply, { values: shownAgain, errors: refused, extra: { sentNow } });
  });
}
