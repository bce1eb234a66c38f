// What a team member sees of an inspection: its settings as stored and where its lifecycle stands.
import type { z } from 'zod';
import { Country, Programme2016, type InspectionView, type InspectionWorkflowState } from '@yji/contracts';
import { fromDateColumn } from '@yji/db';
import type { Inspection } from '../generated/prisma/client.ts';

export function toInspectionView(
  record: Inspection,
  workflow: InspectionWorkflowState,
): z.input<typeof InspectionView> {
  return {
    id: record.id,
    record: {
      yjs: {
        name: record.yjsName,
        code: record.yjsCode,
        ...(record.country ? { country: Country.parse(record.country) } : {}),
      },
      fieldworkStart: fromDateColumn(record.fieldworkStart),
      fieldworkEnd: record.fieldworkEnd && fromDateColumn(record.fieldworkEnd),
      frameworks: {
        courtDisposals: record.courtFramework,
        outOfCourt: record.oocdFramework,
        standards: record.standardsVersion,
        ...(record.programme ? { programme: Programme2016.parse(record.programme) } : {}),
      },
      sample: { size: record.sampleSize, courtShare: record.courtShare },
      deadlines: {
        assessmentsDue: record.assessmentsDue && fromDateColumn(record.assessmentsDue),
        reminderDaysBefore: record.reminderDaysBefore,
      },
      leadInspectorId: record.leadInspectorId,
      createdAt: record.createdAt.toISOString(),
    },
    workflow,
  };
}
