// A case quality assurance returned is its assessor's to work on from the return, before they open it (its
// task stays submitted until then): their home page counts it among the case tasks to do, rather than saying
// "You have no open case tasks" under "Case … was returned by quality assurance"; and their task list marks it
// returned.
import { describe, expect, it } from 'vitest';
import { TASK_PAGE_MAX } from '@yji/contracts';
import {
  answered,
  callersOf,
  inspectionUnderReview,
  PEOPLE,
  returnToAssessor,
  submitCompleteCase,
  type Caller,
} from '../../../tests/harness/index.ts';
import { CookieJar, follow, signInAs, textOf } from './browserless.ts';
import { usePortalOnServices } from './portal-under-test.ts';

/** Every task of the assessor `caller` through the fieldwork API, page by page. */
async function allTasksOf(caller: Caller) {
  const tasks: { taskId: string; state: string; reviewState: string | null }[] = [];
  let after: string | null = null;
  do {
    const page = await answered(
      'tasks',
      caller('GET', `/api/fieldwork/tasks?limit=${TASK_PAGE_MAX}${after ? `&after=${after}` : ''}`),
    );
    tasks.push(...(page.tasks as typeof tasks));
    after = page.next as string | null;
  } while (after);
  return tasks;
}

describe('the home page of an assessor whose case QA returned', () => {
  const services = usePortalOnServices({});

  it('counts the returned case among their case tasks to do', async () => {
    const [system, portal] = [services.system(), services.portal()];
    const { lead, inspector, reviewer } = callersOf(system);
    // The inspector's two cases, both submitted: nothing left to do until QA returns one.
    const { first, second } = await inspectionUnderReview(
      system,
      { lead, inspector },
      { team: [PEOPLE.inspector, PEOPLE.reviewer], sampleSize: 2, seed: 'home-returned' },
    );
    for (const { taskId } of [first, second]) await submitCompleteCase(inspector, taskId);
    await returnToAssessor(reviewer, first.taskId, { reason: 'The risk of harm to others is not analysed.' });

    // The inspector's tasks in every inspection the test database holds (earlier runs' too): those assigned,
    // started or being revised, and the cases QA returned that they have not opened yet.
    const listed = await allTasksOf(inspector);
    expect(listed.find((task) => task.taskId === first.taskId)).toMatchObject({
      state: 'submitted',
      reviewState: 'returned',
    });
    const toDo = listed.filter(
      (task) =>
        ['assigned', 'in-progress', 'revising'].includes(task.state) || task.reviewState === 'returned',
    ).length;

    const jar = new CookieJar();
    const home = textOf((await signInAs(jar, portal.url, PEOPLE.inspector.userId)).body);
    expect(home).toContain(`Case ${first.caseRef}`);
    expect(home).toContain('was returned by quality assurance');
    expect(home).toContain(`Case tasks to do You have ${toDo} case task${toDo === 1 ? '' : 's'} open.`);
    expect(home).not.toContain('You have no open case tasks');

    const tasks = textOf((await follow(jar, `${portal.url}/tasks`)).body);
    expect(tasks).toMatch(new RegExp(`Case ${first.caseRef} .*Returned by QA`));
  });
});
