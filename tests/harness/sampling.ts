// An inspection taken by its lead through set-up over the API as far as sampling, for the tests of what a lead
// decides from there (drawing, excluding, confirming, assigning by hand) before `inspectionInFieldwork` would
// have taken every one of those decisions itself.
import { inspectionBody, startInspection, type Caller, type FieldworkSetUp } from './api.ts';
import { FIELDWORK_START_AHEAD } from './dates.ts';
import { decidingAs } from './decisions.ts';
import { longListCsv } from './long-list.ts';

export interface InspectionInSampling {
  id: string;
  /** A path of the inspection's API (`at('/sample')` is /api/inspections/<id>/sample). */
  at: (path: string) => string;
}

/**
 * An inspection `lead` has started for a sample of `sampleSize` (default 4, as inspectionBody's), its `team`
 * set when given and a long list of 40 rows loaded: in sampling, no sample drawn.
 */
export async function inspectionInSampling(
  lead: Caller,
  { team, sampleSize }: Partial<Pick<FieldworkSetUp, 'team' | 'sampleSize'>> = {},
): Promise<InspectionInSampling> {
  const decide = decidingAs(lead);
  const id = await startInspection(lead, inspectionBody(FIELDWORK_START_AHEAD, sampleSize));
  const at = (path: string) => `/api/inspections/${id}${path}`;
  if (team) await decide('PUT', at('/team'), { members: team });
  await decide('POST', at('/long-list'), longListCsv(FIELDWORK_START_AHEAD, 40));
  return { id, at };
}

/** As `inspectionInSampling`, with the sample drawn from `seed`; `selected` are its case references. */
export async function sampledInspection(
  lead: Caller,
  { seed, ...setUp }: Pick<FieldworkSetUp, 'team' | 'sampleSize'> & { seed: string },
): Promise<InspectionInSampling & { selected: string[] }> {
  const inspection = await inspectionInSampling(lead, setUp);
  const sample = await decidingAs(lead)('POST', inspection.at('/sample'), { seed });
  const selected = (sample.selected as { caseRef: string }[]).map(({ caseRef }) => caseRef);
  return { ...inspection, selected };
}
