// An assessor with more case tasks than one page holds (issue 12: the list is paged by keyset): the first
// 100, soonest due first, a "Next page" link to the rest, and a way back to the first page. And an assessor's
// tasks against their due dates: "Due soon" once the reminder has come, "Overdue" once the date has passed,
// on the list and counted on the home page. The tasks are stored as the case workflows' commands leave them;
// the journey of one task has its own test.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { TASK_PAGE_DEFAULT } from '@yji/contracts';
import { daysFromNow } from '../../harness/index.ts';
import { checkPage } from '../support/page-checks.ts';
import { fieldworkInspectionWith } from '../support/set-ups.ts';
import { signIn, useStack } from '../support/stack.ts';

const JOURNEY = 'task-list-pages';
const TASKS = TASK_PAGE_DEFAULT + 5;
const stack = useStack();
/** This run's case references (the test database keeps the tasks of earlier runs). */
const RUN = randomUUID().slice(0, 6).toUpperCase();
const caseRef = (index: number) => `P${RUN}-${String(index).padStart(3, '0')}`;

beforeAll(async () => {
  const { fieldworkDb, inspectionId } = await fieldworkInspectionWith(stack, 'inspector-2');
  await fieldworkDb.caseTask.createMany({
    data: Array.from({ length: TASKS }, (_, index) => ({
      id: randomUUID(),
      inspectionId,
      caseRef: caseRef(index),
      frameworkId: 'd2-v6.5',
      facts: {},
      state: 'assigned',
      assigneeId: 'inspector-2',
      dueAt: new Date(Date.parse(daysFromNow(180)) + index * 60_000),
    })),
  });
});

/** The task links on the page: href and text. */
const caseLinks = (page: Page) =>
  page
    .locator('table a[href^="/tasks/"]')
    .evaluateAll((links) => links.map((link) => `${link.getAttribute('href')} ${link.textContent}`));

it('shows 100 tasks a page, next pages with the rest, each task once, and the way back to the first', async () => {
  const page = await signIn(stack(), 'inspector-2', JOURNEY);
  await page.goto(`${stack().portalUrl}/tasks`);
  const first = await caseLinks(page);
  expect(first).toHaveLength(TASK_PAGE_DEFAULT);
  await checkPage(page, JOURNEY, 'first-page');

  const seen = [...first];
  const next = page.getByRole('link', { name: 'Next page' });
  while (await next.count()) {
    await next.click();
    await page.waitForURL(/after=/);
    seen.push(...(await caseLinks(page)));
  }
  await checkPage(page, JOURNEY, 'last-page');
  expect(new Set(seen).size).toBe(seen.length);
  for (let index = 0; index < TASKS; index += 1) {
    expect(seen.filter((link) => link.endsWith(`Case ${caseRef(index)}`))).toHaveLength(1);
  }

  await page.getByRole('link', { name: 'First page' }).click();
  await page.waitForURL(/\/tasks$/);
  expect(await caseLinks(page)).toEqual(first);
  await page.context().close();
});

it('marks a task whose reminder has come due soon, and one past its date overdue, on the list and at home', async () => {
  const { fieldworkDb, inspectionId } = await fieldworkInspectionWith(stack, 'inspector-3');
  const task = (name: string, days: number) => ({
    id: randomUUID(),
    inspectionId,
    caseRef: `D${RUN}-${name}`,
    frameworkId: 'd2-v6.5',
    facts: {},
    state: 'assigned',
    assigneeId: 'inspector-3',
    dueAt: new Date(Date.now() + days * 86_400_000),
  });
  const [soon, later, late] = [task('SOON', 1), task('AHEAD', 30), task('PAST', -1)];
  await fieldworkDb.caseTask.createMany({ data: [soon, later, late] });
  // As the case workflow's reminder timer leaves it (fieldwork record-deadline-event.ts).
  await fieldworkDb.deadlineNotice.create({ data: { taskId: soon.id, kind: 'reminder', dueAt: soon.dueAt } });

  const page = await signIn(stack(), 'inspector-3', JOURNEY);
  await page.goto(`${stack().portalUrl}/tasks`);
  const dueCell = (caseRef: string) =>
    page
      .locator('tr', { hasText: `Case ${caseRef}` })
      .locator('td')
      .last();
  await expect.poll(() => dueCell(soon.caseRef).textContent()).toMatch(/Due soon/);
  expect(await dueCell(later.caseRef).textContent()).not.toMatch(/Due soon|Overdue/);
  expect(await dueCell(late.caseRef).textContent()).toMatch(/Overdue/);
  expect(await dueCell(late.caseRef).textContent()).not.toMatch(/Due soon/);
  await checkPage(page, JOURNEY, 'due-soon');

  await page.goto(stack().portalUrl);
  await expect.poll(() => page.locator('main').textContent()).toMatch(/\d+ overdue, \d+ due soon\./);
  await checkPage(page, JOURNEY, 'home-due-soon');
  await page.context().close();
});
