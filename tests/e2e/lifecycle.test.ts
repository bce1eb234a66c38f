// The first half of the lifecycle end to end, over HTTP, against real Temporal, NATS and PostgreSQL: the lead inspector
// creates an inspection, builds the team, loads the long list, draws, excludes and confirms the sample and
// assigns the cases; the assessors save drafts (one stale), submit (one incomplete), and the inspection
// shows every case submitted. Every change and every read of case data leaves an audit entry.
import { describe, expect, it } from 'vitest';
import {
  callerAs,
  caseManagerInterview,
  completeAssessment,
  eventually,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  longListCsv,
  useSystem,
  type Caller,
  type Json,
} from '../harness/index.ts';

describe('an inspection from set-up to every case submitted', () => {
  const system = useSystem();
  const lead = callerAs(system, 'lead-1', ['lead-inspector']);
  const assessors = new Map<string, Caller>([
    ['inspector-1', callerAs(system, 'inspector-1', ['inspector'])],
    ['inspector-2', callerAs(system, 'inspector-2', ['inspector'])],
    ['assessor-1', callerAs(system, 'assessor-1', ['local-assessor'])],
  ]);

  // The whole flow through every workflow and service: minutes on a loaded 2-core machine, seconds on a quiet one.
  it('runs the whole flow', { timeout: 180_000 }, async () => {
    const created = await lead('POST', '/api/inspections', inspectionBody(FIELDWORK_START_AHEAD, 10));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const at = (path: string) => `/api/inspections/${id}${path}`;

    const team = await lead('PUT', at('/team'), {
      members: [
        { userId: 'inspector-1', role: 'inspector', capacity: 6 },
        { userId: 'inspector-2', role: 'inspector' },
        { userId: 'assessor-1', role: 'local-assessor', conflicts: ['C0001'] },
      ],
    });
    expect(team.status).toBe(200);
    expect(team.body.members).toHaveLength(4);

    // A long list with bad rows is refused with each line and stores nothing.
    const listsBefore = await system.inspectionDb.longList.count({ where: { inspectionId: id } });
    const lines = longListCsv(FIELDWORK_START_AHEAD, 5).split('\n');
    lines[1] = lines[1]!.replace('referral_order', 'caution_x');
    lines[3] = lines[3]!.replace(/,\d{4}-\d{2}-\d{2},/, ',31/11/2026,');
    const bad = await lead('POST', at('/long-list'), lines.join('\n'));
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('long-list-invalid');
    expect(bad.body.error.details.map((d: { line: number }) => d.line)).toEqual([2, 4]);
    expect(await system.inspectionDb.longList.count({ where: { inspectionId: id } })).toBe(listsBefore);

    const loaded = await lead('POST', at('/long-list'), longListCsv(FIELDWORK_START_AHEAD, 40));
    expect(loaded.status).toBe(200);
    expect(loaded.body).toMatchObject({ rows: 40, phase: 'sampling' });

    // Draw, then redraw with another seed: the seed is recorded.
    expect((await lead('POST', at('/sample'), { seed: 'first' })).body.seed).toBe('first');
    const drawn = await lead('POST', at('/sample'), { seed: 'second' });
    expect(drawn.status).toBe(200);
    expect(drawn.body.seed).toBe('second');
    expect(drawn.body.selected).toHaveLength(10);
    expect(drawn.body.summary).toMatchObject({ court: 6, oocd: 4 });
    for (const picked of drawn.body.selected) expect(picked.reason).toEqual(expect.any(String));

    // Exclude a case (the home/host rule): its replacement comes from the same stratum's reserve.
    const excluded = drawn.body.selected[0];
    const afterExclusion = await lead('POST', at('/sample/exclusions'), {
      caseRef: excluded.caseRef,
      reason: '003 I1.1: care experienced, the home YJS did not take responsibility for assessment',
    });
    expect(afterExclusion.status).toBe(200);
    const [exclusion] = afterExclusion.body.excluded;
    expect(exclusion).toMatchObject({ caseRef: excluded.caseRef, stratum: excluded.stratum });
    const replacement = afterExclusion.body.selected.find(
      (entry: Json) => entry.caseRef === exclusion.replacedBy,
    );
    expect(replacement.stratum).toBe(excluded.stratum);
    expect(afterExclusion.body.selected.map((entry: Json) => entry.caseRef)).not.toContain(excluded.caseRef);

    // The reason reached the workflow as an Update argument; its history holds it only encrypted.
    const history = await system.temporal.workflow.getHandle(id).fetchHistory();
    const stored = JSON.stringify(history);
    const payloadBytes = [...stored.matchAll(/"data":"([A-Za-z0-9+/=]+)"/g)].map(([, data]) =>
      Buffer.from(data!, 'base64').toString('latin1'),
    );
    expect(stored).toContain(Buffer.from('binary/encrypted').toString('base64'));
    expect(payloadBytes.join('\n')).not.toContain('home YJS did not take responsibility');
    expect(payloadBytes.join('\n')).not.toContain(excluded.caseRef);

    // A refused decision: the lead inspector reads the reason, which names the case; Temporal stores the
    // failure (the activity's and the update's) with its message and stack trace encrypted.
    const refused = await lead('POST', at('/sample/exclusions'), { caseRef: 'C9999', reason: 'not ours' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('the case is not in the sample');
    const failures = JSON.stringify(await system.temporal.workflow.getHandle(id).fetchHistory());
    const failureData = [...failures.matchAll(/"data":"([A-Za-z0-9+/=]+)"/g)].map(([, data]) =>
      Buffer.from(data!, 'base64').toString('latin1'),
    );
    expect(failures).toContain('"encodedAttributes"');
    expect(failures).toContain('Encoded failure');
    for (const clear of ['is not in the sample', 'C9999']) {
      expect(failures).not.toContain(clear);
      expect(failureData.join('\n')).not.toContain(clear);
    }

    const confirmed = await lead('POST', at('/sample/confirm'));
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.phase).toBe('fieldwork');
    // Once confirmed the sample cannot be redrawn.
    expect((await lead('POST', at('/sample'), { seed: 'third' })).status).toBe(409);

    const sampleCases: string[] = afterExclusion.body.selected.map((entry: Json) => entry.caseRef);
    await eventually('every case task to exist', async () => {
      const progress = await lead('GET', at('/progress'));
      return progress.body.totals.cases === 10 ? progress : undefined;
    });
    expect((await lead('POST', at('/assignments'), { mode: 'auto' })).status).toBe(200);
    const assigned = await eventually('every case to be assigned', async () => {
      const progress = await lead('GET', at('/progress'));
      return progress.body.totals.byState.assigned === 10 ? progress.body : undefined;
    });
    const byAssessor = new Map<string, string[]>();
    for (const entry of assigned.cases)
      byAssessor.set(entry.assigneeId, [...(byAssessor.get(entry.assigneeId) ?? []), entry.caseRef]);
    expect([...byAssessor.keys()].sort()).toEqual([...assessors.keys()].sort());
    expect(
      Math.max(...[...byAssessor.values()].map((c) => c.length)) -
        Math.min(...[...byAssessor.values()].map((c) => c.length)),
    ).toBeLessThanOrEqual(1);
    expect(byAssessor.get('assessor-1')).not.toContain('C0001');
    expect(assigned.cases.map((entry: Json) => entry.caseRef).sort()).toEqual([...sampleCases].sort());

    // Each assessor works through their own tasks.
    let sawConflict = false;
    let sawIncomplete = false;
    for (const [assessor, call] of assessors) {
      // An assessor's list spans every inspection they are on (earlier runs share the database).
      const listed = await eventually(`${assessor}'s tasks`, async () => {
        const list = await call('GET', `/api/fieldwork/tasks?inspectionId=${id}`);
        const here = (list.body.tasks ?? []) as Json[];
        return here.length === byAssessor.get(assessor)!.length ? here : undefined;
      });
      expect(listed.map((task: Json) => task.dueAt)).toEqual(
        [...listed.map((task: Json) => task.dueAt)].sort(),
      );
      for (const summary of listed) {
        const path = `/api/fieldwork/tasks/${summary.taskId}`;
        const task = await call('GET', path);
        expect(task.status).toBe(200);
        expect(task.body.facts.disposalType).toEqual(expect.any(String));
        expect(task.body.applicableQuestions.length).toBeGreaterThan(0);

        const { answers, firstDraft } = completeAssessment(task.body);
        const codes = Object.keys(answers);
        const first = firstDraft();
        const saved = await call('PUT', `${path}/draft`, first);
        expect(saved.status).toBe(200);
        expect(saved.body.version).toBe(1);

        if (!sawConflict) {
          // A save based on the old version is refused with what is stored, never merged silently.
          const stale = await call('PUT', `${path}/draft`, {
            version: 0,
            answers: { [codes[0]!]: answers[codes[0]!] },
          });
          expect(stale.status).toBe(409);
          expect(stale.body.error.code).toBe('stale-version');
          expect(stale.body.current.version).toBe(1);
          expect(stale.body.current.answers).toEqual(first.answers);
          sawConflict = true;
        }
        if (!sawIncomplete) {
          const incomplete = await call('POST', `${path}/submit`, { version: 1 });
          expect(incomplete.status).toBe(422);
          expect(incomplete.body.error.code).toBe('assessment-invalid');
          expect(incomplete.body.error.details.map((d: Json) => d.code)).toContain(codes[3]);
          sawIncomplete = true;
        }

        const interview = await call('PUT', `${path}/interview`, caseManagerInterview());
        expect(interview.status).toBe(200);
        const completed = await call('PUT', `${path}/draft`, { version: 1, answers });
        expect(completed.status).toBe(200);
        const submitted = await call('POST', `${path}/submit`, { version: 2 });
        expect(submitted.status).toBe(200);
        expect(submitted.body.state).toBe('submitted');
        // Submitted is locked.
        expect((await call('PUT', `${path}/draft`, { version: 2, answers: {} })).status).toBe(409);
      }
    }
    expect(sawConflict && sawIncomplete).toBe(true);

    const finished = await eventually('every case to show submitted', async () => {
      const progress = await lead('GET', at('/progress'));
      return progress.body.totals.allSubmitted ? progress.body : undefined;
    });
    expect(finished.totals).toMatchObject({ cases: 10, byState: { submitted: 10 }, overdue: 0 });

    // The audit log holds every change and every read of case data, each naming who did it.
    const inspectionAudit = await system.inspectionDb.auditEntry.findMany({ where: { inspectionId: id } });
    const actionsIn = (entries: { action: string }[]) => [...new Set(entries.map((entry) => entry.action))];
    expect(actionsIn(inspectionAudit)).toEqual(
      expect.arrayContaining([
        'inspection.created',
        'team.changed',
        'long-list.uploaded',
        'long-list.activated',
        'sample.drawn',
        'sample.read',
        'case.excluded',
        'sample.confirmed',
        'cases.assigned',
        'progress.read',
      ]),
    );
    expect(inspectionAudit.every((entry) => entry.actorId === 'lead-1')).toBe(true);
    const fieldworkAudit = await system.fieldworkDb.auditEntry.findMany({ where: { inspectionId: id } });
    expect(actionsIn(fieldworkAudit)).toEqual(
      expect.arrayContaining([
        'task.created',
        'task.assigned',
        'case.read',
        'task.draft-saved',
        'task.interview-recorded',
        'task.submitted',
        'task.locked',
      ]),
    );
    expect(new Set(fieldworkAudit.filter((e) => e.action === 'case.read').map((e) => e.actorId))).toEqual(
      new Set(assessors.keys()),
    );
  });
});
