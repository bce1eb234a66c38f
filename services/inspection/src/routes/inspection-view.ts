import type { InspectionWorkflowState } from '@yji/contracts';
import type { Inspection } from '../generated/prisma/client.ts';

const day = (date: Date | null) => date && date.toISOString().slice(0, 10);

/** What a team member sees: the inspection's settings and where its lifecycle stands. */
export function toInspectionView(record: Inspection, workflow: InspectionWorkflowState) {
  return {
    id: record.id,
    record: {
      yjs: { name: record.yjsName, code: record.yjsCode },
      fieldworkStart: day(record.fieldworkStart),
      fieldworkEnd: day(record.fieldworkEnd),
      frameworks: {
        courtDisposals: record.courtFramework,
        outOfCourt: record.oocdFramework,
        standards: record.standardsVersion,
      },
      sample: { size: record.sampleSize, courtShare: record.courtShare },
      deadlines: {
        assessmentsDue: day(record.assessmentsDue),
        reminderDaysBefore: record.reminderDaysBefore,
      },
      leadInspectorId: record.leadInspectorId,
      createdAt: record.createdAt.toISOString(),
    },
    workflow,
  };
}
