// The lead inspector's list of cases assessors flagged for exclusion, in the browser: reached from the
// inspection's page, each flag with its case, reason, who and when, waiting for the lead until the case is
// excluded; the read is audited by the fieldwork service.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { callerAs, type InspectionInFieldwork } from '../../harness/index.ts';
import { checkPage } from '../support/page-checks.ts';
import { inspectionForTheInspector } from '../support/set-ups.ts';
import { signIn, useStack } from '../support/stack.ts';

const JOURNEY = 'exclusion-flags';
const REASON = 'The child moved out of the area before the disposal started.';
const stack = useStack();
let inspection: InspectionInFieldwork;

beforeAll(async () => {
  inspection = await inspectionForTheInspector(stack, { seed: 'exclusion-flags' });
}, 240_000);

describe('the lead inspector’s exclusion flags, in the browser', () => {
  let page: Page;
  const main = () => page.locator('main').innerText();

  it('says when nothing is flagged', async () => {
    page = await signIn(stack(), 'lead-1', JOURNEY);
    await page.goto(`${stack().portalUrl}/inspections/${inspection.id}`);
    await page.getByRole('link', { name: 'Cases flagged for exclusion' }).click();
    expect(await page.locator('main').innerText()).toContain('No assessor has flagged a case');
    await checkPage(page, JOURNEY, 'no-flags');
  });

  it('lists a flag with its reason, waiting for the lead, and the read is audited', async () => {
    const { system } = stack();
    const [flagged] = inspection.cases;
    const inspector = callerAs(system, 'inspector-1', ['inspector']);
    const sent = await inspector('POST', `/api/fieldwork/tasks/${flagged!.taskId}/exclusion-flag`, {
      reason: REASON,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBeLessThan(300);
    const readsBefore = await system.fieldworkDb.auditEntry.count({
      where: { inspectionId: inspection.id, action: 'exclusion-flag.read' },
    });

    await page.reload();
    await expect.poll(main).toContain(`Case ${flagged!.caseRef}`);
    const text = await main();
    expect(text).toContain(REASON);
    expect(text).toContain('inspector-1');
    expect(text).toContain('Waiting for you');
    expect(await page.title()).not.toContain(flagged!.caseRef);
    await checkPage(page, JOURNEY, 'flags');
    const readsAfter = await system.fieldworkDb.auditEntry.count({
      where: { inspectionId: inspection.id, action: 'exclusion-flag.read' },
    });
    expect(readsAfter).toBeGreaterThan(readsBefore);
  });
});
