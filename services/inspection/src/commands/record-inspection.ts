// Stores an inspection (with its country and, for 2016, its programme), makes its creator the lead inspector
// on its team, and, in the same transaction, records the fact that it was created (the fieldwork service keeps
// what its cases' rules need from it). Recording the same inspection again changes nothing and
// publishes nothing: the workflow's activity may run more than once.
import type { z } from 'zod';
import { inspectionCreated, teamMemberAdded, recordInspection } from '@yji/contracts';
import { databaseNow } from '../store/database-now.ts';
import { appendAudit, appendToOutbox, toDateColumn } from '@yji/db';
import { Prisma } from '../generated/prisma/client.ts';
import { inspectionCommand } from './decision-support.ts';

export const recordInspectionHandler = inspectionCommand(recordInspection, async (db, command) => {
  const created = await db.$transaction(async (tx) => {
    const { count } = await tx.inspection.createMany({
      data: [
        {
          id: command.inspectionId,
          yjsName: command.yjs.name,
          yjsCode: command.yjs.code,
          fieldworkStart: toDateColumn(command.fieldworkStart),
          fieldworkEnd: toDateColumn(command.fieldworkEnd),
          courtFramework: command.frameworks.courtDisposals,
          oocdFramework: command.frameworks.outOfCourt,
          standardsVersion: command.frameworks.standards,
          sampleSize: command.sample.size,
          courtShare: command.sample.courtShare,
          assessmentsDue: toDateColumn(command.deadlines.assessmentsDue),
          reminderDaysBefore: command.deadlines.reminderDaysBefore,
          leadInspectorId: command.leadInspectorId,
          country: command.yjs.country ?? null,
          programme: command.frameworks.programme ?? Prisma.DbNull,
        },
      ],
      skipDuplicates: true,
    });
    if (count === 0) return false;
    const lead = {
      inspectionId: command.inspectionId,
      userId: command.leadInspectorId,
      role: 'lead-inspector' as const,
    };
    await tx.teamMember.create({ data: { ...lead, conflicts: [] } });
    await appendAudit(tx, {
      actor: { userId: command.leadInspectorId, roles: ['lead-inspector'] },
      action: 'inspection.created',
      entityType: 'inspection',
      entityId: command.inspectionId,
      inspectionId: command.inspectionId,
    });
    await appendToOutbox(tx, inspectionCreated.subject, {
      inspectionId: command.inspectionId,
      yjsCode: command.yjs.code,
      yjsName: command.yjs.name,
      fieldworkStart: command.fieldworkStart,
      ...(command.yjs.country ? { country: command.yjs.country } : {}),
      ...(command.frameworks.programme ? { programme: command.frameworks.programme } : {}),
    } satisfies z.input<typeof inspectionCreated.payload>);
    await appendToOutbox(tx, teamMemberAdded.subject, { ...lead, changedAt: await databaseNow(tx) });
    return true;
  });
  return { inspectionId: command.inspectionId, created };
});
