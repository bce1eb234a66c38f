// A case task stored as the case workflow's commands leave it, with no inspection or workflow behind it: for
// a journey or bench about the case form alone (the whole assessment has its own journey).
import { randomUUID } from 'node:crypto';
import { daysFromNow, type System } from '../../harness/index.ts';

/** An assigned court case of `frameworkId` on `assigneeId`'s team; answers its task id. */
export async function storedCaseTask(
  { fieldworkDb }: Pick<System, 'fieldworkDb'>,
  frameworkId: string,
  assigneeId: string,
): Promise<string> {
  const [taskId, inspectionId] = [randomUUID(), randomUUID()];
  await fieldworkDb.teamMembership.create({ data: { inspectionId, userId: assigneeId, role: 'inspector' } });
  await fieldworkDb.caseTask.create({
    data: {
      id: taskId,
      inspectionId,
      caseRef: `S${randomUUID().slice(0, 6).toUpperCase()}-001`,
      frameworkId,
      facts: {
        disposalType: 'referral_order',
        disposalStart: '2025-03-01',
        caseManager: 'CM 1',
        gender: 'Female',
        ethnicity: 'White',
        safetyWellbeing: 'medium',
        riskOfSeriousHarm: 'low',
      },
      state: 'assigned',
      assigneeId,
      dueAt: new Date(daysFromNow(180)),
    },
  });
  return taskId;
}
