// Stores an inspection and, in the same transaction, the fact that it was created. Recording the same
// inspection again changes nothing and publishes nothing: the workflow's activity may run more than once.
import type { z } from 'zod';
import { inspectionCreated, type recordInspection } from '@yji/contracts';
import { appendToOutbox } from '@yji/db';
import type { InspectionDb } from '../db.ts';

export async function handleRecordInspection(
  db: InspectionDb,
  command: z.output<typeof recordInspection.request>,
): Promise<z.input<typeof recordInspection.reply>> {
  const created = await db.$transaction(async (tx) => {
    const { count } = await tx.inspection.createMany({
      data: [
        {
          id: command.inspectionId,
          yjsName: command.yjs.name,
          yjsCode: command.yjs.code,
          fieldworkStart: new Date(`${command.fieldworkStart}T00:00:00Z`),
          courtFramework: command.frameworks.courtDisposals,
          oocdFramework: command.frameworks.outOfCourt,
          standardsVersion: command.frameworks.standards,
        },
      ],
      skipDuplicates: true,
    });
    if (count === 0) return false;
    await appendToOutbox(tx, inspectionCreated.subject, {
      inspectionId: command.inspectionId,
      yjsCode: command.yjs.code,
      fieldworkStart: command.fieldworkStart,
    } satisfies z.input<typeof inspectionCreated.payload>);
    return true;
  });
  return { inspectionId: command.inspectionId, created };
}
