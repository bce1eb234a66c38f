// Two inspections of the same youth justice service (a lead starts a second one a year on): the assessor's
// task list names each case's inspection by the YJS and the day its fieldwork starts, so the two are told
// apart — the name alone would be the same on every row.
import { beforeAll, expect, it } from 'vitest';
import { callerAs, daysAfter, FIELDWORK_START_AHEAD, inspectionInFieldwork } from '../../harness/index.ts';
import { checkPage } from '../support/page-checks.ts';
import { signIn, useStack } from '../support/stack.ts';

const JOURNEY = 'inspection-names';
const EARLIER_START = FIELDWORK_START_AHEAD;
const LATER_START = daysAfter(EARLIER_START, 364);
/** A date as the portal writes it, such as "5 April 2027". */
const written = (isoDate: string) =>
  new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
const YJS = { name: 'Glanmor Youth Justice Service', code: 'GLN' };
const stack = useStack();
let earlier: Awaited<ReturnType<typeof inspectionInFieldwork>>;
let later: Awaited<ReturnType<typeof inspectionInFieldwork>>;

beforeAll(async () => {
  const { system } = stack();
  const lead = callerAs(system, 'lead-1', ['lead-inspector']);
  const ofGlanmor = (fieldworkStart: string) =>
    inspectionInFieldwork(system, lead, {
      team: [{ userId: 'inspector-3', role: 'inspector' }],
      sampleSize: 2,
      fieldworkStart,
      adjust: (body) => ({ ...body, yjs: { ...body.yjs, ...YJS } }),
    });
  earlier = await ofGlanmor(EARLIER_START);
  later = await ofGlanmor(LATER_START);
}, 360_000);

it('names each task’s inspection by its YJS and when its fieldwork starts', async () => {
  const page = await signIn(stack(), 'inspector-3', JOURNEY);
  await page.goto(`${stack().portalUrl}/tasks`);
  const serviceOf = (taskId: string) =>
    page
      .locator('tr', { has: page.locator(`a[href="/tasks/${taskId}"]`) })
      .locator('td')
      .nth(1)
      .innerText();
  for (const { taskId } of earlier.cases)
    expect(await serviceOf(taskId)).toBe(
      `Glanmor Youth Justice Service — fieldwork from ${written(EARLIER_START)}`,
    );
  for (const { taskId } of later.cases)
    expect(await serviceOf(taskId)).toBe(
      `Glanmor Youth Justice Service — fieldwork from ${written(LATER_START)}`,
    );
  await checkPage(page, JOURNEY, 'tasks');
  await page.context().close();
});
