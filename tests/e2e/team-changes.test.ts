// A team change that would orphan work is refused (docs/domain.md decisions: team changes): taking the
// assessor role from someone with an open case, or the QA role from someone holding a claimed review,
// answers 409 naming each item, and nothing changes; once the case is reassigned the same change goes through.
// Reading the team (its members' declared conflicts name cases) is audited.
import { describe, expect, it } from 'vitest';
import {
  callerAs,
  callersOf,
  eventually,
  inspectionInFieldwork,
  PEOPLE,
  reviewEverySubmission,
  submitCompleteCase,
  TWO_INSPECTORS,
  useSystem,
} from '../harness/index.ts';

describe('team changes that would orphan work', () => {
  const system = useSystem();
  const { lead, reviewer, inspector } = callersOf(system);
  const assessors = {
    'inspector-1': inspector,
    'inspector-2': callerAs(system, 'inspector-2', ['inspector']),
  };
  const fullTeam = [...TWO_INSPECTORS, PEOPLE.reviewer];

  it(
    'refuses to remove an assessor with open cases or a reviewer with a claimed review, then allows it once reassigned',
    { timeout: 240_000 },
    async () => {
      const { id, cases, at } = await inspectionInFieldwork(system, lead, { team: fullTeam, sampleSize: 2 });
      const fw = (path: string) => `/api/fieldwork${path}`;
      const teamRows = () =>
        system.inspectionDb.teamMember.findMany({ where: { inspectionId: id }, orderBy: { userId: 'asc' } });
      const teamChanges = () =>
        system.inspectionDb.auditEntry.count({ where: { inspectionId: id, action: 'team.changed' } });
      const withoutOne = (userId: string) => fullTeam.filter((member) => member.userId !== userId);

      const first = cases.find((entry) => entry.assigneeId === 'inspector-1')!;
      const second = cases.find((entry) => entry.assigneeId === 'inspector-2')!;
      const before = await teamRows();
      const changesBefore = await teamChanges();

      const refused = await lead('PUT', at('/team'), { members: withoutOne('inspector-1') });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('team-change-orphans-work');
      expect(refused.body.error.details).toEqual([
        { userId: 'inspector-1', role: 'assessor', caseRef: first.caseRef, kind: 'case', state: 'assigned' },
      ]);
      expect(await teamRows()).toEqual(before);
      expect(await teamChanges()).toBe(changesBefore);

      // inspector-2 submits; every case goes to QA, where qa-1 claims it.
      await reviewEverySubmission(system, lead, id, 'team-changes');
      await submitCompleteCase(assessors['inspector-2'], second.taskId);
      const review = await eventually('the case in the QA queue', async () => {
        const found = await reviewer('GET', fw(`/reviews/${second.taskId}`));
        return found.body.state === 'awaiting-qa' ? found.body : undefined;
      });
      const claimed = await reviewer('POST', fw(`/reviews/${second.taskId}/claim`), {
        version: review.version,
      });
      expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);

      const reviewerLeaving = await lead('PUT', at('/team'), { members: withoutOne('qa-1') });
      expect(reviewerLeaving.status).toBe(409);
      expect(reviewerLeaving.body.error.details).toEqual([
        { userId: 'qa-1', role: 'qa-reviewer', caseRef: second.caseRef, kind: 'review', state: 'in-review' },
      ]);
      // A submitted case still in QA stays with its assessor: a return goes back to them.
      const assessorLeaving = await lead('PUT', at('/team'), { members: withoutOne('inspector-2') });
      expect(assessorLeaving.body.error.details).toEqual([
        {
          userId: 'inspector-2',
          role: 'assessor',
          caseRef: second.caseRef,
          kind: 'case',
          state: 'in-review',
        },
      ]);
      expect(await teamRows()).toEqual(before);

      // Reassigned first, the assessor can leave.
      expect(
        (await lead('PUT', at(`/cases/${first.caseRef}/assignee`), { assigneeId: 'inspector-2' })).status,
      ).toBe(200);
      await eventually('the fieldwork task to move', async () => {
        const moved = await system.fieldworkDb.caseTask.findUniqueOrThrow({ where: { id: first.taskId } });
        return moved.assigneeId === 'inspector-2' ? true : undefined;
      });
      const allowed = await lead('PUT', at('/team'), { members: withoutOne('inspector-1') });
      expect(allowed.status, JSON.stringify(allowed.body)).toBe(200);
      expect(allowed.body.members.map((member: { userId: string }) => member.userId)).not.toContain(
        'inspector-1',
      );
      // The team names the cases its members declared conflicts with: reading it is audited.
      const reads = () =>
        system.inspectionDb.auditEntry.count({ where: { inspectionId: id, action: 'team.read' } });
      const readsBefore = await reads();
      expect((await lead('GET', at('/team'))).status).toBe(200);
      expect(await reads()).toBe(readsBefore + 1);
    },
  );
});
