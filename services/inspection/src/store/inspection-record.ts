// The stored inspection as the domain's rules take it: its pinned frameworks, its dates and its sample
// settings.
import { fromDateColumn } from '@yji/db';
import type { FrameworkSelection, InspectionSampleSettings, InspectionSchedule } from '@yji/domain';
import type { Inspection } from '../generated/prisma/client.ts';

export function frameworkSelectionOf(inspection: Inspection): FrameworkSelection {
  return {
    courtDisposals: inspection.courtFramework,
    outOfCourt: inspection.oocdFramework,
    standards: inspection.standardsVersion,
  };
}

export function scheduleOf(inspection: Inspection): InspectionSchedule {
  return {
    fieldworkStart: fromDateColumn(inspection.fieldworkStart),
    fieldworkEnd: inspection.fieldworkEnd && fromDateColumn(inspection.fieldworkEnd),
    assessmentsDue: inspection.assessmentsDue && fromDateColumn(inspection.assessmentsDue),
    reminderDaysBefore: inspection.reminderDaysBefore,
  };
}

export function sampleSettingsOf(inspection: Inspection): InspectionSampleSettings {
  return {
    fieldworkStart: fromDateColumn(inspection.fieldworkStart),
    sampleSize: inspection.sampleSize,
    courtShare: inspection.courtShare,
    standards: inspection.standardsVersion,
  };
}
