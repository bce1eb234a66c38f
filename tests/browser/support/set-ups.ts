// What a journey starts from, made through the API or straight in the fieldwork database (as the case
// workflows' commands leave it) rather than through pages other journeys test.
import { randomUUID } from 'node:crypto';
import {
  callersOf,
  inspectionInFieldwork,
  PEOPLE,
  type FieldworkSetUp,
  type InspectionInFieldwork,
} from '../../harness/index.ts';
import type { Stack } from './stack.ts';

/**
 * An inspection brought to fieldwork through the API by PEOPLE's lead, with PEOPLE's inspector on the team
 * (and assessing every case, unless `setUp` names a team) and two cases unless it says otherwise.
 */
export function inspectionForTheInspector(
  stack: () => Stack,
  setUp: Partial<FieldworkSetUp> = {},
): Promise<InspectionInFieldwork> {
  const { system } = stack();
  return inspectionInFieldwork(system, callersOf(system).lead, {
    team: [PEOPLE.inspector],
    sampleSize: 2,
    ...setUp,
  });
}

/** A new inspection known to the fieldwork service alone, with `userId` an inspector on its team. */
export async function fieldworkInspectionWith(stack: () => Stack, userId: string) {
  const { fieldworkDb } = stack().system;
  const inspectionId = randomUUID();
  await fieldworkDb.teamMembership.create({ data: { inspectionId, userId, role: 'inspector' } });
  return { fieldworkDb, inspectionId };
}
