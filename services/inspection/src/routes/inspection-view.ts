import type { InspectionWorkflowState } from '@yji/contracts';
import type { Inspection } from '../generated/prisma/client.ts';

/** What a reader sees: the stored record (null until the workflow has recorded it) and the lifecycle state. */
export function toInspectionView(id: string, record: Inspection | null, workflow: InspectionWorkflowState) {
  return {
    id,
    record: record && {
      yjs: { name: record.yjsName, code: record.yjsCode },
      fieldworkStart: record.fieldworkStart.toISOString().slice(0, 10),
      frameworks: {
        courtDisposals: record.courtFramework,
        outOfCourt: record.oocdFramework,
        standards: record.standardsVersion,
      },
      createdAt: record.createdAt.toISOString(),
    },
    workflow,
  };
}
