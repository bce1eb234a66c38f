// Inspections the portal's tests bring, through the services' APIs, to where the pages they test have
// something to show: the inspector's one case in fieldwork, and a first case submitted for QA review.
import {
  answered,
  callersOf,
  inspectionInFieldwork,
  inspectionUnderReview,
  PEOPLE,
  type System,
} from '../../../tests/harness/index.ts';

/**
 * An inspection brought to fieldwork by PEOPLE's lead with one case, their inspector's (the draw seeded with
 * `seed`, if given): its id and the case's task id.
 */
export async function inspectorsOneCase(system: System, seed?: string) {
  const { id, cases } = await inspectionInFieldwork(system, callersOf(system).lead, {
    team: [PEOPLE.inspector],
    sampleSize: 1,
    seed,
  });
  return { id, taskId: cases[0]!.taskId };
}

/**
 * An inspection of four cases whose every submission is reviewed (inspectionUnderReview, the draw seeded with
 * `seed`), PEOPLE's lead, inspector and reviewer on its team: the first of the inspector's cases assessed
 * completely and submitted.
 */
export async function firstCaseSubmittedForReview(system: System, seed: string) {
  const { lead, inspector } = callersOf(system);
  const underReview = await inspectionUnderReview(
    system,
    { lead, inspector },
    { team: [PEOPLE.inspector, PEOPLE.reviewer], sampleSize: 4, seed },
  );
  const { first, firstDraft, answers } = underReview;
  const task = `/api/fieldwork/tasks/${first.taskId}`;
  await answered('draft', inspector('PUT', `${task}/draft`, { ...firstDraft(), answers }));
  await answered('submit', inspector('POST', `${task}/submit`, { version: 1 }));
  return underReview;
}
