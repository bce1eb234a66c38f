// QA settings are set in the inspection service and reach the fieldwork service as an event: a test that
// goes on to submit or raise alerts waits until fieldwork holds them.
import type { Caller } from './api.ts';
import { eventually, type System } from './system.ts';

/** Waits until the fieldwork service holds the inspection's QA settings. */
export function fieldworkHoldsQaSettings(system: Pick<System, 'fieldworkDb'>, inspectionId: string) {
  return eventually(
    'the fieldwork service to hold the QA settings',
    async () => (await system.fieldworkDb.qaSettings.findUnique({ where: { inspectionId } })) ?? undefined,
  );
}

/** Sets the inspection's QA settings as its lead inspector, then waits until fieldwork holds them. */
export async function setQaSettings(
  system: Pick<System, 'fieldworkDb'>,
  lead: Caller,
  inspectionId: string,
  settings: object,
) {
  const { status, body } = await lead('PUT', `/api/inspections/${inspectionId}/qa-settings`, settings);
  if (status !== 200) throw new Error(`the QA settings: ${status} ${JSON.stringify(body)}`);
  return fieldworkHoldsQaSettings(system, inspectionId);
}

/** Sets QA settings under which every submission is reviewed, none blind (the draw seeded with `seed`). */
export const reviewEverySubmission = (
  system: Pick<System, 'fieldworkDb'>,
  lead: Caller,
  inspectionId: string,
  seed: string,
) =>
  setQaSettings(system, lead, inspectionId, {
    policy: { seed, shareByRole: { inspector: 1, 'local-assessor': 1 }, blindShare: 0 },
  });
