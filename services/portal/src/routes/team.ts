// GET /inspections/:id/team and POST to add or remove a member. The whole team goes to the service each
// time (PUT), which keeps the lead on it and publishes every change.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Role, TeamMemberBody, type TeamView } from '@yji/contracts';
import { formErrors, formValues, issuesAsErrors, type FieldError } from '../web/form-errors.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, doneThen, page, type RouteDeps } from './route-deps.ts';

type Team = z.infer<typeof TeamView>;

const FIELDS: Record<string, FieldError> = {
  userId: { field: 'userId', text: 'Enter the person’s user id: letters, digits and . _ @ - only' },
  role: { field: 'role', text: 'Choose a role' },
  capacity: { field: 'capacity', text: 'Enter how many cases they can take: a whole number from 0 to 500' },
  conflicts: {
    field: 'conflicts',
    text: 'Enter case references separated by commas: letters, digits and hyphens',
  },
};

const ROLES_ON_A_TEAM = Role.options.filter((role) => role !== 'lead-inspector');

function memberFrom(form: Record<string, string>) {
  const capacity = form.capacity?.trim();
  return {
    userId: form.userId?.trim() ?? '',
    role: form.role ?? '',
    ...(capacity ? { capacity: /^\d+$/.test(capacity) ? Number(capacity) : NaN } : {}),
    conflicts: (form.conflicts ?? '')
      .split(',')
      .map((ref) => ref.trim())
      .filter(Boolean),
  };
}

export function registerTeam(app: FastifyInstance, deps: RouteDeps) {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string> = {},
    errors: FieldError[] = [],
  ) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const team = await apiFor(deps, request).get<Team>(`/api/inspections/${id}/team`);
    return page(request, reply.status(errors.length ? 400 : 200), 'lead/team.njk', {
      title: 'Team',
      section: 'inspections',
      inspection,
      team,
      roles: ROLES_ON_A_TEAM,
      values,
      ...formErrors(errors),
      breadcrumbs,
    });
  };
  app.get('/inspections/:id/team', { preHandler: leadPage }, (request, reply) => show(request, reply));
  app.post('/inspections/:id/team', { preHandler: leadPage }, async (request, reply) => {
    const { id } = await leadsInspection(deps, request);
    const api = apiFor(deps, request);
    const { members } = await api.get<Team>(`/api/inspections/${id}/team`);
    const current = members.map(({ userId, role, capacity, conflicts }) => ({
      userId,
      role,
      conflicts,
      ...(capacity === null ? {} : { capacity }),
    }));
    const values = formValues(request.body);
    let wanted;
    if (values.remove) {
      const [userId, role] = values.remove.split(':');
      wanted = current.filter((member) => !(member.userId === userId && member.role === role));
    } else {
      const member = TeamMemberBody.safeParse(memberFrom(values));
      if (!member.success) return show(request, reply, values, issuesAsErrors(member.error.issues, FIELDS));
      wanted = [
        ...current.filter((m) => !(m.userId === member.data.userId && m.role === member.data.role)),
        member.data,
      ];
    }
    const saved = await api.send('PUT', `/api/inspections/${id}/team`, { members: wanted });
    if (!saved.ok) return show(request, reply, values, [{ field: 'userId', text: saved.error.message }]);
    const notice = values.remove ? 'Removed from the team.' : `${values.userId} is on the team.`;
    return doneThen(request, reply, notice, `/inspections/${id}/team`);
  });
}
