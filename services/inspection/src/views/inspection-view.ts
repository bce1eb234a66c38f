// What a team member sees of an inspection: its settings as stored and where its lifecycle stands.
import type { z } from 'zod';
import type { InspectionView, InspectionWorkflowState } from '@yji/contracts';
import type { Inspection } from '../generated/prisma/client.ts';

const day = (date: Date) => date.toISOString().slice(0, 10);

export function toInspectionView(
  record: Inspection,
  workflow: InspectionWorkflowState,
): z.input<typeof InspectionView> {
  return {
    id: record.id,
    record: {
      yjs: { name: record.yjsName, code: record.yjsCode },
      fieldworkStart: day(record.fieldworkStart),
      fieldworkEnd: record.fieldworkEnd && day(record.fieldworkEnd),
      frameworks: {
        courtDisposals: record.courtFramework,
        outOfCourt: record.oocdFramework,
        standards: record.standardsVersion,
      },
      sample: { size: record.sampleSize, courtShare: record.courtShare },
      deadlines: {
        assessmentsDue: record.assessmentsDue && day(record.assessmentsDue),
        reminderDaysBefore: record.reminderDaysBefore,
      },
      leadInspectorId: record.leadInspectorId,
      createdAt: record.createdAt.toISOString(),
    },
    workflow,
  };
}
