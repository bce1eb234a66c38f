// Assignments against cases that have closed, and against the team changing under them. A manual assignment
// naming a submitted case is refused (409 case-not-open, naming the case) before the inspection service records
// anything, so its record stays in step with the case and later assignments go through. A case the inspection
// service has given someone, on its way to the fieldwork service, holds them on the team as the fieldwork
// service's cases do; and an assignment waits for a team change under way (the team's rows held FOR UPDATE)
// before it records anything.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planAssignments } from '@yji/contracts';
import { sendCommand } from '@yji/messaging';
import { caseAssessmentWorkflowId } from '@yji/workflows';
import {
  callerAs,
  carriedOut,
  decidingAs,
  eventually,
  holdLock,
  inspectionInFieldwork,
  sampledInspection,
  submitCompleteCase,
  TWO_INSPECTORS,
  useSystem,
} from '../harness/index.ts';

const other = (userId: string) => (userId === 'inspector-1' ? 'inspector-2' : 'inspector-1');

describe('assignments and closed cases, assignments and team changes', () => {
  const system = useSystem();
  const lead = callerAs(system, 'lead-1', ['lead-inspector']);
  const assessors = {
    'inspector-1': callerAs(system, 'inspector-1', ['inspector']),
    'inspector-2': callerAs(system, 'inspector-2', ['inspector']),
  };

  /** An inspection in fieldwork whose confirmed cases nobody holds yet: their tasks exist, unassigned. */
  const confirmedUnassigned = async (sampleSize = 2) => {
    const { id, at } = await sampledInspection(lead, {
      team: TWO_INSPECTORS,
      sampleSize,
      seed: 'assignment-and-team',
    });
    await decidingAs(lead)('POST', at('/sample/confirm'));
    const cases = await eventually('every case task', async () => {
      const found = await system.fieldworkDb.caseTask.findMany({
        where: { inspectionId: id },
        orderBy: { caseRef: 'asc' },
      });
      return found.length === sampleSize ? found : undefined;
    });
    return { id, at, cases };
  };

  /** The plan-assignments command as the inspection workflow's activity sends it, and nothing after it. */
  const plan = (inspectionId: string, caseRef: string, assigneeId: string) =>
    sendCommand(system.nc, planAssignments, {
      inspectionId,
      actor: { userId: 'lead-1', roles: ['lead-inspector'], requestId: randomUUID() },
      request: { mode: 'manual', assignments: [{ caseRef, assigneeId }] },
    });

  it(
    'refuses a manual assignment of a submitted case, naming it, before anything is recorded; later assignments go through',
    { timeout: 240_000 },
    async () => {
      const { id, cases, at } = await inspectionInFieldwork(system, lead, {
        team: TWO_INSPECTORS,
        sampleSize: 2,
      });
      const [submitted, open] = cases;
      await submitCompleteCase(assessors[submitted!.assigneeId as keyof typeof assessors], submitted!.taskId);
      // The case reports itself submitted to the inspection, then its workflow ends.
      await system.temporal.workflow.getHandle(caseAssessmentWorkflowId(submitted!.taskId)).result();
      const recorded = () =>
        system.inspectionDb.sampledCase.findMany({
          where: { inspectionId: id },
          orderBy: { caseRef: 'asc' },
        });
      const audited = () =>
        system.inspectionDb.auditEntry.count({ where: { inspectionId: id, action: 'cases.assigned' } });
      const [before, auditedBefore] = [await recorded(), await audited()];

      const refused = await carriedOut(
        lead,
        await lead('POST', at('/assignments'), {
          mode: 'manual',
          assignments: [{ caseRef: submitted!.caseRef, assigneeId: other(submitted!.assigneeId) }],
        }),
      );
      expect([refused.status, refused.body.error?.code]).toEqual([409, 'case-not-open']);
      expect(refused.body.error.message).toBe(
        `case ${submitted!.caseRef}: the case is submitted; it cannot be assigned`,
      );
      expect(await recorded()).toEqual(before);
      expect(await audited()).toBe(auditedBefore);

      const moved = await carriedOut(
        lead,
        await lead('POST', at('/assignments'), {
          mode: 'manual',
          assignments: [{ caseRef: open!.caseRef, assigneeId: other(open!.assigneeId) }],
        }),
      );
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      const again = await carriedOut(lead, await lead('POST', at('/assignments'), { mode: 'auto' }));
      expect(again.status, JSON.stringify(again.body)).toBe(200);
    },
  );

  it(
    'refuses to take someone off the team while a case recorded as theirs is on its way to the fieldwork service',
    { timeout: 240_000 },
    async () => {
      const { id, at, cases } = await confirmedUnassigned();
      const [given] = cases;
      // Recorded by the inspection service; the workflow has not told the case (nor the fieldwork service).
      await plan(id, given!.caseRef, 'inspector-2');
      const task = await system.fieldworkDb.caseTask.findUniqueOrThrow({ where: { id: given!.id } });
      expect(task.assigneeId).toBeNull();

      const refused = await lead('PUT', at('/team'), {
        members: TWO_INSPECTORS.filter(({ userId }) => userId !== 'inspector-2'),
      });
      expect([refused.status, refused.body.error?.code]).toEqual([409, 'team-change-orphans-work']);
      expect(refused.body.error.details).toEqual([
        { userId: 'inspector-2', role: 'assessor', caseRef: given!.caseRef, kind: 'case', state: 'assigned' },
      ]);
      const members = await system.inspectionDb.teamMember.findMany({ where: { inspectionId: id } });
      expect(members.map(({ userId }) => userId).sort()).toEqual(['inspector-1', 'inspector-2', 'lead-1']);
    },
  );

  it(
    'makes an assignment wait for a team change under way, and then judge it against the team that change left',
    { timeout: 240_000 },
    async () => {
      const { id, cases } = await confirmedUnassigned();
      const [given] = cases;
      // A team change under way: the team's rows held FOR UPDATE as PUT …/team holds them, inspector-2 removed.
      const change = await holdLock(
        system.inspectionDb,
        'SELECT 1 FROM "TeamMember" WHERE "inspectionId" = $1::uuid FOR UPDATE',
        id,
        (tx) => tx.teamMember.deleteMany({ where: { inspectionId: id, userId: 'inspector-2' } }),
      );
      const assignment = plan(id, given!.caseRef, 'inspector-2').then(
        () => 'recorded',
        (error: { code?: string }) => error.code ?? 'failed',
      );
      const early = await Promise.race([
        assignment,
        new Promise((resolve) => setTimeout(() => resolve('waiting'), 2_000)),
      ]);
      expect(early).toBe('waiting');
      await change.release();
      expect(await assignment).toBe('not-an-assessor');
      const record = await system.inspectionDb.sampledCase.findUniqueOrThrow({
        where: { inspectionId_caseRef: { inspectionId: id, caseRef: given!.caseRef } },
      });
      expect(record.assigneeId).toBeNull();
    },
  );
});
