// The lead's progress comes from the inspection service's read model (fieldwork's taskProgressed events),
// not from the inspection workflow: after every kind of change to a case — assignment, an assessor's first
// save, a submission, a reassignment, an exclusion with its replacement, a case running overdue — the
// read model comes to say what the workflow's progress Query says.
import { describe, expect, it } from 'vitest';
import { ProgressView } from '@yji/contracts';
import { inspectionProgressQuery } from '@yji/workflows';
import {
  callerAs,
  caseManagerInterview,
  completeAssessment,
  eventually,
  inspectionInFieldwork,
  useSystem,
  type InspectionInFieldwork,
} from '../harness/index.ts';

type Case = InspectionInFieldwork['cases'][number];

const team = [
  { userId: 'inspector-1', role: 'inspector' as const },
  { userId: 'inspector-2', role: 'inspector' as const },
];

const byKey = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).sort());

/**
 * Cases by task id (the model lists them by case reference, the workflow as it started them), totals' keys
 * in order, and the same instant however it is written ('…T22:59:59Z' or '…T22:59:59.000Z': a workflow
 * keeps the due date as it was given); as the model's view has them (the workflow's cases also carry their last refusal).
 */
const comparable = (answer: unknown) => {
  const progress = ProgressView.parse(answer);
  return {
    totals: { ...progress.totals, byState: byKey(progress.totals.byState) },
    cases: progress.cases
      .map((entry) => ({ ...entry, dueAt: entry.dueAt && new Date(entry.dueAt).toISOString() }))
      .sort((a, b) => a.taskId.localeCompare(b.taskId)),
  };
};

describe('the progress read model', () => {
  const system = useSystem();
  const lead = callerAs(system, 'lead-1', ['lead-inspector']);

  /** Once the workflow's progress shows `byState` and the read model agrees with it: what they agree on. */
  const agreed = (id: string, what: string, byState: Record<string, number>) =>
    eventually(`the read model to say what the workflow says ${what}`, async () => {
      const read = await lead('GET', `/api/inspections/${id}/progress`);
      expect(read.status).toBe(200);
      const queried = await system.temporal.workflow.getHandle(id).query(inspectionProgressQuery);
      const [model, workflow] = [comparable(read.body), comparable(queried)];
      const settled = JSON.stringify(workflow.totals.byState) === JSON.stringify(byKey(byState));
      return settled && JSON.stringify(model) === JSON.stringify(workflow) ? model : undefined;
    });

  it(
    'says what the workflow says through assignment, starts, submissions, reassignment, exclusion and replacement',
    { timeout: 240_000 },
    async () => {
      const { id, cases, at } = await inspectionInFieldwork(system, lead, { team, sampleSize: 4 });
      await agreed(id, 'once every case is assigned', { assigned: 4 });

      const [started, submitted, moved, excluded] = cases as [Case, Case, Case, Case];
      const assessor = (entry: Case) => callerAs(system, entry.assigneeId, ['inspector']);

      // An assessor's first save starts the case.
      const startedPath = `/api/fieldwork/tasks/${started.taskId}`;
      const startedTask = await assessor(started)('GET', startedPath);
      const saved = await assessor(started)(
        'PUT',
        `${startedPath}/draft`,
        completeAssessment(startedTask.body).firstDraft(),
      );
      expect(saved.status).toBe(200);
      await agreed(id, 'after a first save', { assigned: 3, 'in-progress': 1 });

      // Another is assessed in full and submitted.
      const call = assessor(submitted);
      const path = `/api/fieldwork/tasks/${submitted.taskId}`;
      const { answers, firstDraft } = completeAssessment((await call('GET', path)).body);
      expect((await call('PUT', `${path}/draft`, firstDraft())).status).toBe(200);
      const interview = caseManagerInterview();
      expect((await call('PUT', `${path}/interview`, interview)).status).toBe(200);
      expect((await call('PUT', `${path}/draft`, { version: 1, answers })).status).toBe(200);
      expect((await call('POST', `${path}/submit`, { version: 2 })).status).toBe(200);
      await agreed(id, 'after a submission', { assigned: 2, 'in-progress': 1, submitted: 1 });

      // The lead moves a case to the other inspector, with a due date already past: it runs overdue.
      const other = moved.assigneeId === 'inspector-1' ? 'inspector-2' : 'inspector-1';
      const reassigned = await lead('PUT', at(`/cases/${moved.caseRef}/assignee`), {
        assigneeId: other,
        dueAt: '2026-01-05T17:00:00.000Z',
      });
      expect(reassigned.status).toBe(200);
      await eventually('the reassigned case to run overdue', async () => {
        const progress = await system.temporal.workflow.getHandle(id).query(inspectionProgressQuery);
        return progress.totals.overdue === 1 ? true : undefined;
      });
      let now = await agreed(id, 'after a reassignment past its due date', {
        assigned: 2,
        'in-progress': 1,
        submitted: 1,
      });
      expect(now.cases.find((entry) => entry.taskId === moved.taskId)).toMatchObject({
        assigneeId: other,
        overdue: true,
      });
      expect(now.totals.overdue).toBe(1);

      // An excluded case leaves the progress; its replacement joins it, unassigned, then assigned.
      const exclusion = await lead('POST', at('/sample/exclusions'), {
        caseRef: excluded.caseRef,
        reason: 'custody transfer to another service',
      });
      expect(exclusion.status).toBe(200);
      now = await agreed(id, 'after an exclusion and its replacement', {
        assigned: 1,
        'in-progress': 1,
        submitted: 1,
        unassigned: 1,
      });
      expect(now.cases.map((entry) => entry.taskId)).not.toContain(excluded.taskId);
      expect((await lead('POST', at('/assignments'), { mode: 'auto' })).status).toBe(200);
      now = await agreed(id, 'once the replacement is assigned', {
        assigned: 2,
        'in-progress': 1,
        submitted: 1,
      });
      expect(now.totals.overdue).toBe(1);
    },
  );

  it('is the lead’s alone, and every read is audited', { timeout: 120_000 }, async () => {
    const { id } = await inspectionInFieldwork(system, lead, { team, sampleSize: 2 });
    const before = await system.inspectionDb.auditEntry.count({
      where: { inspectionId: id, action: 'progress.read' },
    });
    const read = await lead('GET', `/api/inspections/${id}/progress`);
    expect(read.status).toBe(200);
    // The read model cannot know of a refusal (contracts ProgressView): it does not answer "none" either.
    expect(read.body.cases).toHaveLength(2);
    for (const entry of read.body.cases) expect(entry).not.toHaveProperty('lastRefusal');
    const inspector = callerAs(system, 'inspector-1', ['inspector']);
    expect((await inspector('GET', `/api/inspections/${id}/progress`)).status).toBe(403);
    const entries = await system.inspectionDb.auditEntry.findMany({
      where: { inspectionId: id, action: 'progress.read' },
      orderBy: { at: 'asc' },
    });
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({
      actorId: 'lead-1',
      actorRoles: ['lead-inspector'],
      entityType: 'inspection',
      entityId: id,
    });
  });
});
