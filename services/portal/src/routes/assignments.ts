// GET /inspections/:id/assignments: every confirmed case with its assessor; POSTs to assign them all
// automatically (balanced, never past capacity or across a declared conflict), assign one by hand, or
// reassign one. The inspection service applies the rules and says why it refuses.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { CaseRef, UserId, type InspectionProgress, type ProgressView, type TeamView } from '@yji/contracts';
import { formErrors, formValues, refusalOn, type FieldError } from '../web/form-errors.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, doneThen, page, type RouteDeps } from './route-deps.ts';

const ASSESSOR_ROLES = new Set(['inspector', 'local-assessor']);

/** Why the cases were not assigned automatically, where the catalogue's words are not enough. */
const NOT_AUTO = { 'not-allowed-now': 'Cases cannot be assigned at this stage of the inspection' };

/** Why a case was not assigned (or reassigned) to the assessor chosen, beside the choice. */
const NOT_ASSIGNED = {
  'not-allowed-now':
    'The case cannot be assigned at this stage: its assessment has been submitted, or the inspection has moved on',
};

export function registerAssignments(app: FastifyInstance, deps: RouteDeps) {
  /** The page; after a refusal, with the error and the assessor the lead chose for the case kept. */
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    errors: FieldError[] = [],
    chosen: { caseRef?: string; assigneeId?: string } = {},
  ) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const api = apiFor(deps, request);
    const confirmed = inspection.workflow.sample?.confirmed ?? false;
    const progress = confirmed
      ? await api.get<z.infer<typeof ProgressView>>(`/api/inspections/${id}/progress`)
      : undefined;
    const { members } = await api.get<z.infer<typeof TeamView>>(`/api/inspections/${id}/team`);
    return page(request, reply.status(errors.length ? 422 : 200), 'lead/assignments.njk', {
      title: 'Assign cases',
      section: 'inspections',
      inspection,
      progress,
      assessors: members.filter((member) => ASSESSOR_ROLES.has(member.role)),
      chosen,
      ...formErrors(errors),
      breadcrumbs,
    });
  };
  app.get('/inspections/:id/assignments', { preHandler: leadPage }, (request, reply) => show(request, reply));

  app.post('/inspections/:id/assignments', { preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    const values = formValues(request.body);
    const api = apiFor(deps, request);
    if (values.mode === 'auto') {
      const done = await api.send<z.infer<typeof InspectionProgress>>(
        'POST',
        `/api/inspections/${id}/assignments`,
        { mode: 'auto' },
      );
      if (!done.ok) return show(request, reply, [refusalOn('auto', done.error, NOT_AUTO, done.status)]);
      // The case assessments take their assessors a moment after the decision; the table shows who has what.
      const notice = 'Cases assigned automatically, within capacity and conflicts.';
      return doneThen(request, reply, notice, `/inspections/${id}/assignments`);
    }
    const caseRef = CaseRef.safeParse(values.caseRef);
    const assigneeId = UserId.safeParse(values.assigneeId);
    // A form whose case is not one (not sent from this page) has no select of its own to point at.
    const field = caseRef.success ? `assignee-${caseRef.data}` : 'main-content';
    const chosen = { caseRef: values.caseRef, assigneeId: values.assigneeId };
    if (!caseRef.success || !assigneeId.success)
      return show(request, reply, [{ field, text: 'Choose an assessor' }], chosen);
    const done =
      values.mode === 'reassign'
        ? await api.send('PUT', `/api/inspections/${id}/cases/${caseRef.data}/assignee`, {
            assigneeId: assigneeId.data,
          })
        : await api.send('POST', `/api/inspections/${id}/assignments`, {
            mode: 'manual',
            assignments: [{ caseRef: caseRef.data, assigneeId: assigneeId.data }],
          });
    if (!done.ok)
      return show(request, reply, [refusalOn(field, done.error, NOT_ASSIGNED, done.status)], chosen);
    const assignee = (await deps.people.known()).nameOf(assigneeId.data);
    return doneThen(
      request,
      reply,
      `Case ${caseRef.data} assigned to ${assignee}.`,
      `/inspections/${id}/assignments`,
    );
  });
}
