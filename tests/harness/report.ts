// The publication service opens an inspection's report when the approved ratings' event reaches it; tests
// of the report start from there.
import {
  callersOf,
  inspectionInFieldwork,
  type Caller,
  type InspectionInFieldwork,
  type Json,
  type ServiceUrls,
} from './api.ts';
import { PEOPLE } from './people.ts';
import { mostlyYes, runPanelToApproval } from './panel.ts';
import { eventually, type System } from './system.ts';

/** Waits until the report of the inspection is open; answers its empty draft. */
export function reportOpened(lead: Caller, inspectionId: string) {
  return eventually('the report opened with the approved ratings', async () => {
    const response = await lead('GET', `/api/publication/inspections/${inspectionId}/draft`);
    return response.status === 200 ? response.body : undefined;
  });
}

/**
 * A whole text of the report to save (PUT …/draft) based on `version`: `overview`, strengths and areas for
 * improvement for every standard the approved ratings `final` show, and one recommendation.
 */
export function reportText(final: Json, version: number, overview: string) {
  return {
    version,
    overview,
    findings: (final.standards as Json[]).map(({ id: standardId }) => ({
      standardId,
      strengths: `What works well for ${standardId}.`,
      areasForImprovement: `What must improve for ${standardId}.`,
    })),
    recommendations: ['Review every plan with the child and their family.'],
  };
}

/**
 * An inspection brought through the APIs to the chair's approval of its ratings (every key question yes but
 * every fourth), its report opened. Its team: PEOPLE's inspector, chair and YJS contact; its fieldwork starts
 * FIELDWORK_START_AHEAD unless set (inspectionInFieldwork), so that its report can be checked and published
 * from now on.
 */
export async function inspectionWithApprovedRatings(
  system: Pick<System, 'nc' | 'temporal' | 'env' | 'fieldworkDb'> & ServiceUrls,
  setUp: { seed: string; fieldworkStart?: string; sampleSize?: number },
): Promise<{ inspection: InspectionInFieldwork; final: Awaited<ReturnType<typeof runPanelToApproval>> }> {
  const { lead, chair } = callersOf(system);
  const inspection = await inspectionInFieldwork(system, lead, {
    team: [PEOPLE.inspector, PEOPLE.chair, PEOPLE.yjs],
    ...setUp,
  });
  const final = await runPanelToApproval(system, { lead, chair }, inspection, { judgements: mostlyYes(4) });
  await reportOpened(lead, inspection.id);
  return { inspection, final };
}
