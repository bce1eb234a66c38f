// Nothing writes a purged inspection's case-level personal data again (docs/retention.md): on the real stack,
// an inspection in fieldwork (one case submitted and claimed by its reviewer, an alert raised) is purged by
// the three commands the publication workflow sends; then every path that recorded such data is tried with
// words carrying one random mark — the assessor's routes, the reviewer's return, the lead's alert action, the
// lead's long list and exclusion, the workflow's commands, and a late task.progressed event. Each route and
// command is refused inspection-purged, the event is skipped with an audit entry, and no table holds the mark.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jetstream } from '@nats-io/jetstream';
import {
  assignTask,
  createTask,
  excludeCase,
  purgeFactualCheck,
  purgeFieldworkCases,
  purgeInspectionCases,
  taskProgressed,
} from '@yji/contracts';
import { CommandError, sendCommand } from '@yji/messaging';
import {
  anAlert,
  answered,
  bothInterviews,
  callersOf,
  claimSubmission,
  daysFromNow,
  eventually,
  FIELDWORK_START_AHEAD,
  inspectionUnderReview,
  longListCsv,
  PATIENT_DECISIONS,
  PEOPLE,
  rowsHolding,
  useSystem,
  type Json,
} from '../harness/index.ts';

const system = useSystem({ env: PATIENT_DECISIONS });

describe('after the retention purge', () => {
  it(
    'refuses every write of case data, skips late events, and stores nothing',
    { timeout: 300_000 },
    async () => {
      const { lead, reviewer, inspector } = callersOf(system);
      const mark = `Zq${randomUUID().slice(0, 8)}`;
      const { inspection, first, second, answers, firstDraft } = await inspectionUnderReview(
        system,
        { lead, inspector },
        { team: [PEOPLE.inspector, PEOPLE.reviewer], sampleSize: 4, seed: 'after-purge' },
      );
      const { id } = inspection;
      const fw = (path: string) => `/api/fieldwork${path}`;
      // Before the purge: one case submitted and claimed by its reviewer, an alert raised on it.
      const draft = { ...firstDraft(), answers };
      await answered('draft', inspector('PUT', fw(`/tasks/${first.taskId}/draft`), draft));
      await answered('submit', inspector('POST', fw(`/tasks/${first.taskId}/submit`), { version: 1 }));
      const claimed = await claimSubmission(reviewer, first.taskId);
      const review = fw(`/reviews/${first.taskId}`);
      const alert = await answered(
        'alert',
        inspector('POST', fw(`/tasks/${first.taskId}/alerts`), anAlert()),
        201,
      );
      const progressBefore = await eventually('the second case in the progress read model', () =>
        system.inspectionDb.caseProgress
          .findUnique({ where: { taskId: second.taskId } })
          .then((progress) => progress ?? undefined),
      );

      for (const purge of [purgeInspectionCases, purgeFieldworkCases, purgeFactualCheck])
        await sendCommand(system.nc, purge, { inspectionId: id });

      const purged = async (what: string, response: Promise<{ status: number; body: Json }>) => {
        const { status, body } = await response;
        expect(status, `${what}: ${JSON.stringify(body)}`).toBe(409);
        expect(body.error.code, what).toBe('inspection-purged');
        expect(JSON.stringify(body), what).not.toContain(mark);
      };
      const open = fw(`/tasks/${second.taskId}`);
      await purged(
        'draft',
        inspector('PUT', `${open}/draft`, {
          version: 0,
          answers: {},
          rationale: { A1: `Rationale ${mark}` },
        }),
      );
      for (const [what, write] of bothInterviews(inspector, open, mark)) await purged(what, write());
      await purged('exclusion flag', inspector('POST', `${open}/exclusion-flag`, { reason: `Flag ${mark}` }));
      await purged('submit', inspector('POST', `${open}/submit`, { version: 0 }));
      await purged('alert', inspector('POST', `${open}/alerts`, anAlert({ seen: `Seen ${mark}` })));
      await purged(
        'alert outcome',
        lead('POST', fw(`/alerts/${alert.alertId}/outcome`), { outcome: `Outcome ${mark}` }),
      );
      await purged(
        'return',
        reviewer('POST', `${review}/return`, { version: claimed.version, reason: `Return reason ${mark}` }),
      );
      // A valid list whose case manager column carries the mark.
      const [header, ...rows] = longListCsv(FIELDWORK_START_AHEAD, 40).trim().split('\n');
      const marked = rows.map((row) => row.replace(/^((?:[^,]*,){3})([^,]*)/, `$1$2 ${mark}`));
      await purged(
        'long list',
        lead('POST', `/api/inspections/${id}/long-list`, [header, ...marked].join('\n')),
      );

      // The commands the workflows send: refused, not retried.
      for (const send of [
        () =>
          sendCommand(system.nc, assignTask, {
            taskId: second.taskId,
            assigneeId: 'inspector-2',
            dueAt: `${daysFromNow(30)}T17:00:00.000Z`,
          }),
        () =>
          sendCommand(system.nc, createTask, {
            taskId: randomUUID(),
            inspectionId: id,
            caseRef: 'C9999',
            frameworkId: 'd2-v6.5',
            facts: {
              disposalType: 'referral_order',
              disposalStart: '2026-10-01',
              caseManager: `CM ${mark}`,
              gender: 'male',
              ethnicity: 'white',
              safetyWellbeing: 'medium',
              riskOfSeriousHarm: 'medium',
            },
          }),
        () =>
          sendCommand(system.nc, excludeCase, {
            inspectionId: id,
            actor: { userId: 'lead-1', roles: ['lead-inspector'], requestId: randomUUID() },
            caseRef: second.caseRef,
            reason: `Excluded ${mark}`,
          }),
      ]) {
        const error = await send().then(
          () => 'accepted',
          (refused: unknown) => refused,
        );
        expect(error).toBeInstanceOf(CommandError);
        expect((error as CommandError).code).toBe('inspection-purged');
      }

      // A late announcement of a case's progress is skipped, with an audit entry, and changes nothing.
      await jetstream(system.nc).publish(
        taskProgressed.subject,
        JSON.stringify({
          taskId: second.taskId,
          inspectionId: id,
          caseRef: second.caseRef,
          state: 'withdrawn',
          assigneeId: null,
          dueAt: null,
          overdue: false,
          at: new Date().toISOString(),
        }),
        { msgID: randomUUID() },
      );
      await eventually('the late event skipped', async () =>
        (await system.inspectionDb.auditEntry.count({
          where: { action: 'retention.event-skipped', entityId: second.taskId, inspectionId: id },
        })) === 1
          ? true
          : undefined,
      );
      expect(
        await system.inspectionDb.caseProgress.findUniqueOrThrow({ where: { taskId: second.taskId } }),
      ).toEqual(progressBefore);

      expect(await rowsHolding(system, mark)).toEqual({});
    },
  );
});
