// The lead inspector's progress, from the inspection workflow's Query at most once per PROGRESS_MAX_AGE_MS
// per inspection, however many people (or portal tabs) poll it. A Query per read was about 60% of the
// progress route's cost and, under polling, thousands of Queries a second on the Temporal server (issue 12,
// cause 1). Concurrent readers share one Query in flight; a failed Query is not kept.
//
// Why a cache and not a read model in this service's tables: the progress is each case's state, assessor,
// due date, overdue flag and the last refusal nobody waited for, and only the case workflows know all of
// them (the fieldwork service's CaseTask lacks the refusals; this service's SampledCase has none of the
// states). A read model would need new events from every case; the cache needs none. The price is
// staleness of at most PROGRESS_MAX_AGE_MS, and none after a decision taken through this process: a lead
// decision forgets the inspection's entry (lead-decisions.ts), so the lead sees what they just did.
import type { Client } from '@temporalio/client';
import type { InspectionProgress } from '@yji/contracts';
import { inspectionProgressQuery } from '@yji/workflows';

/** How old a progress may be when it is shown (the case workflows' own reports already lag a little). */
export const PROGRESS_MAX_AGE_MS = 1000;
/** Inspections remembered at once; more than are ever in fieldwork together. */
const MAX_INSPECTIONS = 1000;

export interface ProgressCache {
  read(inspectionId: string): Promise<InspectionProgress>;
  /** After a decision on the inspection: the next read asks the workflow. */
  forget(inspectionId: string): void;
}

export function progressCache(
  temporal: Client,
  { maxAgeMs = PROGRESS_MAX_AGE_MS, now = Date.now } = {},
): ProgressCache {
  const entries = new Map<string, { askedAt: number; progress: Promise<InspectionProgress> }>();
  return {
    read(inspectionId) {
      const entry = entries.get(inspectionId);
      if (entry && now() - entry.askedAt < maxAgeMs) return entry.progress;
      const progress = temporal.workflow.getHandle(inspectionId).query(inspectionProgressQuery);
      const asked = { askedAt: now(), progress };
      entries.delete(inspectionId); // re-inserted last: the oldest entry is first in the Map
      entries.set(inspectionId, asked);
      if (entries.size > MAX_INSPECTIONS) entries.delete(entries.keys().next().value!);
      progress.catch(() => {
        if (entries.get(inspectionId) === asked) entries.delete(inspectionId);
      });
      return progress;
    },
    forget(inspectionId) {
      entries.delete(inspectionId);
    },
  };
}
