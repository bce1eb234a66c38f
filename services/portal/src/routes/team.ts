// GET /inspections/:id/team and POST to add or remove a member. The whole team goes to the service each
// time (PUT), which keeps the lead on it and publishes every change. A lead names someone to add by the email
// address they signed in with (the people directory gives their user id) or, before they have, by user id.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { Role, TeamMemberBody, type TeamView } from '@yji/contracts';
import { withUnknownPeople } from '../people/unknown-people.ts';
import { fieldsByPath, formValues, issuesAsErrors, type FieldError } from '../web/form-errors.ts';
import { isFailure, refusalText, type Refusal } from '../web/refusal-words.ts';
import { formPage } from './form-page.ts';
import { leadPage, leadsInspection } from './inspection-overview.ts';
import { apiFor, type RouteDeps } from './route-deps.ts';

type Team = z.infer<typeof TeamView>;

const FIELDS = fieldsByPath({
  userId: 'Enter their email address, or their user id: letters, digits and . _ @ - only',
  role: 'Choose a role',
  capacity: 'Enter how many cases they can take: a whole number from 0 to 500',
  conflicts: 'Enter case references separated by commas: letters, digits and hyphens',
});

const ROLES_ON_A_TEAM = Role.options.filter((role) => role !== 'lead-inspector');

/**
 * A refusal of a change to `name`'s place on the team, naming them by the name the directory knows them by
 * ("Amir Hussain cannot be removed: 2 cases are still with them…"), whom the refusal's own words leave unnamed;
 * a failure of the services is "try again later", about no one.
 */
function refusalNaming(
  field: string,
  name: string,
  change: 'added' | 'removed',
  refusal: Refusal,
): FieldError {
  const reason = refusalText(refusal);
  if (isFailure(refusal)) return { field, text: reason };
  return { field, text: `${name} cannot be ${change}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}` };
}

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
  const form = formPage(deps, 'lead/team.njk', async (request) => {
    const { id, inspection, breadcrumbs } = await leadsInspection(deps, request);
    const team = await apiFor(deps, request).get<Team>(`/api/inspections/${id}/team`);
    return { title: 'Team', section: 'inspections', inspection, team, roles: ROLES_ON_A_TEAM, breadcrumbs };
  });
  app.get('/inspections/:id/team', { preHandler: leadPage }, (request, reply) => form.show(request, reply));
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
    // Who the change is about: the member removed, or the person added.
    let changed: string;
    if (values.remove) {
      const [userId, role] = values.remove.split(':');
      changed = userId ?? '';
      wanted = current.filter((member) => !(member.userId === userId && member.role === role));
    } else {
      const named = values.userId?.trim() ?? '';
      const { userIds, unknown } = await deps.people.userIdsOf([named]);
      const member = TeamMemberBody.safeParse(memberFrom({ ...values, userId: userIds[0] ?? named }));
      const errors = member.success ? [] : issuesAsErrors(member.error.issues, FIELDS);
      if (!member.success || unknown.length)
        return form.show(request, reply, {
          values,
          errors: withUnknownPeople(errors, { field: 'userId', unknown }, FIELDS),
        });
      changed = member.data.userId;
      wanted = [
        ...current.filter((m) => !(m.userId === member.data.userId && m.role === member.data.role)),
        member.data,
      ];
    }
    const name = (await deps.people.known()).nameOf(changed);
    return form.send(request, reply, {
      command: ['PUT', `/api/inspections/${id}/team`, { members: wanted }],
      // A removal refused (the member still holds work) is about the members' table, not the form to add one.
      refused: (error) =>
        values.remove
          ? { values: {}, errors: [refusalNaming('members', name, 'removed', error)] }
          : { values, errors: [refusalNaming('userId', name, 'added', error)] },
      done: () => ({
        notice: values.remove ? 'Removed from the team.' : `${name} is on the team.`,
        to: `/inspections/${id}/team`,
      }),
    });
  });
}
