// The lead inspector's decisions, carried out for the inspection workflow's activities. Each runs in one
// transaction with its audit entry, and each is idempotent: a retried activity finds its work done and
// answers as the first run did.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  Actor,
  activateLongList,
  confirmSample,
  drawSample,
  excludeCase,
  getCaseFacts,
  planAssignments,
} from '@yji/contracts';
import { appendAudit, type AuditDetails } from '@yji/db';
import {
  drawSample as drawDomainSample,
  frameworkForCase,
  planAssignments as planDomainAssignments,
  replaceExcludedCase,
} from '@yji/domain';
import { CommandRejected } from '@yji/messaging';
import type { Prisma } from '../generated/prisma/client.ts';
import type { InspectionDb } from '../db.ts';
import { activeLongList, longListCases } from '../store/long-list-store.ts';
import { loadSample, sampleCounts, sampleJson } from '../store/sample-store.ts';

type Request<C extends { request: z.ZodType }> = z.output<C['request']>;
type Reply<C extends { reply: z.ZodType }> = z.input<C['reply']>;
type Tx = Prisma.TransactionClient;

const DAY_MS = 24 * 60 * 60 * 1000;

function audit(
  tx: Tx,
  actor: Actor,
  inspectionId: string,
  action: string,
  entityId: string,
  extra: { reason?: string; details?: AuditDetails } = {},
) {
  return appendAudit(tx, {
    actorId: actor.userId,
    actorRoles: actor.roles,
    requestId: actor.requestId,
    action,
    entityType: action.split('.')[0]!,
    entityId,
    inspectionId,
    ...extra,
  });
}

async function requireInspection(tx: Tx, inspectionId: string) {
  const inspection = await tx.inspection.findUnique({ where: { id: inspectionId } });
  if (!inspection) throw new CommandRejected('not-found', 'inspection not found');
  return inspection;
}

async function requireSample(tx: Tx, inspectionId: string) {
  const sample = await loadSample(tx, inspectionId);
  if (!sample) throw new CommandRejected('no-sample', 'draw a sample first');
  return sample;
}

export function handleActivateLongList(
  db: InspectionDb,
  { inspectionId, actor, longListId }: Request<typeof activateLongList>,
): Promise<Reply<typeof activateLongList>> {
  return db.$transaction(async (tx) => {
    const list = await tx.longList.findFirst({ where: { id: longListId, inspectionId } });
    if (!list) throw new CommandRejected('not-found', 'long list not found');
    if (!list.activatedAt) {
      const sample = await loadSample(tx, inspectionId);
      if (sample?.confirmedAt) throw new CommandRejected('sample-confirmed', 'the sample is confirmed');
      await tx.sample.deleteMany({ where: { inspectionId } });
      await tx.longList.update({ where: { id: longListId }, data: { activatedAt: new Date() } });
      await audit(tx, actor, inspectionId, 'long-list.activated', longListId, {
        details: { rows: list.rowCount },
      });
    }
    return { longListId, rows: list.rowCount };
  });
}

export function handleDrawSample(
  db: InspectionDb,
  { inspectionId, actor, seed }: Request<typeof drawSample>,
): Promise<Reply<typeof drawSample>> {
  return db.$transaction(async (tx) => {
    const inspection = await requireInspection(tx, inspectionId);
    const existing = await loadSample(tx, inspectionId);
    if (existing?.confirmedAt) throw new CommandRejected('sample-confirmed', 'the sample is confirmed');
    if (existing?.seed === seed) return sampleCounts(seed, existing.result);
    const list = await activeLongList(tx, inspectionId);
    if (!list) throw new CommandRejected('no-long-list', 'load the long list first');
    // DOMAIN.md §4: eligibility counts back from the inspection date, which is when fieldwork starts.
    const result = drawDomainSample(await longListCases(tx, list.id), {
      size: inspection.sampleSize ?? 1,
      seed,
      inspectionDate: inspection.fieldworkStart.toISOString().slice(0, 10),
      courtShare: inspection.courtShare ?? 0.6,
    });
    const data = { longListId: list.id, seed, result: sampleJson(result), drawnAt: new Date() };
    await tx.sample.upsert({ where: { inspectionId }, create: { inspectionId, ...data }, update: data });
    await audit(tx, actor, inspectionId, 'sample.drawn', inspectionId, {
      details: { seed, selected: result.selected.length },
    });
    return sampleCounts(seed, result);
  });
}

export function handleExcludeCase(
  db: InspectionDb,
  { inspectionId, actor, caseRef, reason }: Request<typeof excludeCase>,
): Promise<Reply<typeof excludeCase>> {
  return db.$transaction(async (tx) => {
    const inspection = await requireInspection(tx, inspectionId);
    const sample = await requireSample(tx, inspectionId);
    const selection = {
      courtDisposals: inspection.courtFramework,
      outOfCourt: inspection.oocdFramework,
      standards: inspection.standardsVersion,
    };
    const done = sample.result.excluded.find((entry) => entry.caseId === caseRef);
    if (done) {
      const replacement = sample.result.selected.find((entry) => entry.caseId === done.replacedBy)!;
      const task = await tx.sampledCase.findUnique({
        where: { inspectionId_caseRef: { inspectionId, caseRef: replacement.caseId } },
      });
      return {
        counts: sampleCounts(sample.seed, sample.result),
        replacement: {
          caseRef: replacement.caseId,
          frameworkId: frameworkForCase(selection, replacement.stratum),
          taskId: task?.taskId ?? null,
        },
      };
    }
    const outcome = replaceExcludedCase(sample.result, { caseId: caseRef, reason });
    if (!outcome.ok) throw new CommandRejected(outcome.error.code, outcome.error.message);
    await tx.sample.update({ where: { inspectionId }, data: { result: sampleJson(outcome.sample) } });
    const frameworkId = frameworkForCase(selection, outcome.replacement.stratum);
    let taskId: string | null = null;
    if (sample.confirmedAt) {
      await tx.sampledCase.update({
        where: { inspectionId_caseRef: { inspectionId, caseRef } },
        data: { withdrawnAt: new Date() },
      });
      taskId = randomUUID();
      await tx.sampledCase.create({
        data: { inspectionId, caseRef: outcome.replacement.caseId, taskId, frameworkId },
      });
    }
    await audit(tx, actor, inspectionId, 'case.excluded', caseRef, {
      reason,
      details: { replacedBy: outcome.replacement.caseId },
    });
    return {
      counts: sampleCounts(sample.seed, outcome.sample),
      replacement: { caseRef: outcome.replacement.caseId, frameworkId, taskId },
    };
  });
}

export function handleConfirmSample(
  db: InspectionDb,
  { inspectionId, actor }: Request<typeof confirmSample>,
): Promise<Reply<typeof confirmSample>> {
  return db.$transaction(async (tx) => {
    const inspection = await requireInspection(tx, inspectionId);
    const sample = await requireSample(tx, inspectionId);
    const reminderLeadMs = (inspection.reminderDaysBefore ?? 0) * DAY_MS;
    if (!sample.confirmedAt) {
      const selection = {
        courtDisposals: inspection.courtFramework,
        outOfCourt: inspection.oocdFramework,
        standards: inspection.standardsVersion,
      };
      await tx.sampledCase.createMany({
        data: sample.result.selected.map((entry) => ({
          inspectionId,
          caseRef: entry.caseId,
          taskId: randomUUID(),
          frameworkId: frameworkForCase(selection, entry.stratum),
        })),
      });
      await tx.sample.update({ where: { inspectionId }, data: { confirmedAt: new Date() } });
      await audit(tx, actor, inspectionId, 'sample.confirmed', inspectionId, {
        details: { cases: sample.result.selected.length },
      });
    }
    const cases = await tx.sampledCase.findMany({
      where: { inspectionId, withdrawnAt: null },
      orderBy: { caseRef: 'asc' },
    });
    return {
      cases: cases.map(({ caseRef, taskId, frameworkId }) => ({ caseRef, taskId, frameworkId })),
      reminderLeadMs,
    };
  });
}

/** Decision: a case is due at the end (UTC) of the inspection's assessments-due date. */
const dueAtFor = (assessmentsDue: Date | null, fallback: Date) =>
  new Date((assessmentsDue ?? fallback).getTime() + DAY_MS - 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function handlePlanAssignments(
  db: InspectionDb,
  { inspectionId, actor, request }: Request<typeof planAssignments>,
): Promise<Reply<typeof planAssignments>> {
  return db.$transaction(async (tx) => {
    const inspection = await requireInspection(tx, inspectionId);
    const cases = await tx.sampledCase.findMany({
      where: { inspectionId, withdrawnAt: null },
      orderBy: { caseRef: 'asc' },
    });
    const team = await tx.teamMember.findMany({
      where: { inspectionId, role: { in: ['inspector', 'local-assessor'] } },
    });
    const loadOf = (userId: string) => cases.filter((entry) => entry.assigneeId === userId).length;
    const assessors = team.map((member) => ({
      userId: member.userId,
      capacity: member.capacity ?? undefined,
      currentLoad: loadOf(member.userId),
      conflicts: member.conflicts,
    }));
    let unassigned: { caseRef: string; reason: string }[] = [];
    if (request.mode === 'auto') {
      const plan = planDomainAssignments(
        cases.filter((entry) => !entry.assigneeId).map((entry) => entry.caseRef),
        assessors,
      );
      unassigned = plan.unassigned;
      for (const { caseRef, userId } of plan.assignments) {
        await tx.sampledCase.update({
          where: { inspectionId_caseRef: { inspectionId, caseRef } },
          data: { assigneeId: userId },
        });
      }
    } else {
      for (const { caseRef, assigneeId } of request.assignments) {
        const entry = cases.find((candidate) => candidate.caseRef === caseRef);
        if (!entry)
          throw new CommandRejected('not-sampled', `case ${caseRef} is not in the confirmed sample`);
        const assessor = assessors.find((candidate) => candidate.userId === assigneeId);
        if (!assessor)
          throw new CommandRejected('not-an-assessor', `${assigneeId} is not an assessor on this inspection`);
        // The same rule as automatic assignment: no conflict, within capacity (a case already theirs is no extra load).
        const load = entry.assigneeId === assigneeId ? assessor.currentLoad - 1 : assessor.currentLoad;
        if (planDomainAssignments([caseRef], [{ ...assessor, currentLoad: load }]).unassigned.length) {
          throw new CommandRejected(
            'cannot-assign',
            `${assigneeId} has a conflict with case ${caseRef} or is at capacity`,
          );
        }
        await tx.sampledCase.update({
          where: { inspectionId_caseRef: { inspectionId, caseRef } },
          data: { assigneeId },
        });
      }
    }
    await audit(tx, actor, inspectionId, 'cases.assigned', inspectionId, { details: { mode: request.mode } });
    const dueAt = dueAtFor(inspection.assessmentsDue, inspection.fieldworkEnd ?? inspection.fieldworkStart);
    const assigned = await tx.sampledCase.findMany({
      where: { inspectionId, withdrawnAt: null, assigneeId: { not: null } },
      orderBy: { caseRef: 'asc' },
    });
    // Every current assignment, not only this run's: a retried activity must hand the workflow the same plan.
    return {
      assignments: assigned.map(({ caseRef, taskId, assigneeId }) => ({
        caseRef,
        taskId,
        assigneeId: assigneeId!,
        dueAt,
      })),
      unassigned,
    };
  });
}

export async function handleGetCaseFacts(
  db: InspectionDb,
  { inspectionId, caseRef }: Request<typeof getCaseFacts>,
): Promise<Reply<typeof getCaseFacts>> {
  const sampled = await db.sampledCase.findUnique({
    where: { inspectionId_caseRef: { inspectionId, caseRef } },
  });
  const sample = sampled && (await db.sample.findUnique({ where: { inspectionId } }));
  const row =
    sample &&
    (await db.longListCase.findUnique({
      where: { longListId_caseRef: { longListId: sample.longListId, caseRef } },
    }));
  if (!row) throw new CommandRejected('not-sampled', 'that case is not in the confirmed sample');
  return {
    disposalType: row.disposalType,
    disposalStart: row.disposalStart.toISOString().slice(0, 10),
    caseManager: row.caseManager,
    gender: row.gender,
    ethnicity: row.ethnicity,
    safetyWellbeing: row.safetyWellbeing as Reply<typeof getCaseFacts>['safetyWellbeing'],
    riskOfSeriousHarm: row.riskOfSeriousHarm as Reply<typeof getCaseFacts>['riskOfSeriousHarm'],
  };
}
