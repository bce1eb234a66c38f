// The ratings panel in Chromium, on the real stack: an inspection brought to its panel through the APIs
// (fieldwork, approved assessments as fieldwork publishes them, the panel workflow started), then through
// the portal's pages only: the lead inspector proposes a qualitative rating with evidence (a form sent
// without evidence first), the chair reads the pack (offered no approval while a standard is undecided, but
// told which to decide), records a move down (without a rationale first) and approves — refused once, as the lead moved a proposal after the chair opened the pack. Every page passes axe
// and is photographed.
import { beforeAll, describe, expect, it } from 'vitest';
import { callersOf, mostlyYes, openPanel, PEOPLE, type Json } from '../../harness/index.ts';
import { checkPage } from '../support/page-checks.ts';
import { sendExpectingErrors, sendExpectingNotice, textOf } from '../support/page-messages.ts';
import { inspectionForTheInspector } from '../support/set-ups.ts';
import { signIn, useStack } from '../support/stack.ts';

const JOURNEY = 'ratings-panel';
const stack = useStack();

describe('the ratings panel, in the browser', () => {
  let id: string;
  let caseRef: string;

  // The panel opened with every case approved.
  beforeAll(async () => {
    const { system } = stack();
    const inspection = await inspectionForTheInspector(stack, {
      team: [PEOPLE.inspector, PEOPLE.chair],
      sampleSize: 4,
      seed: 'ratings-browser',
    });
    id = inspection.id;
    caseRef = inspection.cases[0]!.caseRef;
    await openPanel(system, callersOf(system).lead, inspection, { judgements: mostlyYes(3) });
  }, 180_000);

  it('lets the lead inspector propose a qualitative rating with evidence', async () => {
    const page = await signIn(stack(), 'lead-1', JOURNEY);
    await page.goto(`${stack().portalUrl}/inspections/${id}/ratings`);
    await checkPage(page, JOURNEY, 'pack-lead');
    // The pack names the inspection it is about, and each standard and key question, not only their numbers.
    expect(await textOf(page, '.govuk-caption-l')).toMatch(
      /^Westmoor Youth Justice Service — fieldwork from \d/,
    );
    expect(await textOf(page, 'main')).toContain('1.1 Governance and leadership');
    expect(await textOf(page, 'main')).toMatch(/1\.1 Governance and leadership\s+Not proposed yet/);
    expect(await textOf(page, 'main')).toContain("2.1.1 Supporting the child's desistance");
    // Agreement with QA in words: this panel's cases went through no blind review.
    expect(await textOf(page, 'main')).toMatch(/Agreement with quality assurance\s+No blind review yet/);
    // Which score gives which overall rating, highest first, in words rather than a table's id: for 12
    // standards the published reports' bands, so not marked as yji's choice.
    expect(await textOf(page, 'main')).toMatch(
      /Overall rating by score\s+Outstanding: 31 to 36\s+Good: 19 to 30\s+Requires improvement: 7 to 18\s+Inadequate: 0 to 6\s+Out-of-court rule/,
    );
    await page.getByRole('link', { name: 'Propose a rating for standard 1.1' }).click();
    await checkPage(page, JOURNEY, 'proposal');
    expect(await textOf(page, 'main')).toContain('1.1.1a');

    await page.getByLabel('Good').check();
    await sendExpectingErrors(page, 'Propose the rating', 'Give a finding for at least one prompt');
    expect(await page.title()).toMatch(/^Error: /);
    // Marked where the lead starts to write, the first prompt's finding, and the summary links there.
    expect(await textOf(page, '#finding-1\\.1\\.1a-error')).toContain(
      'Give a finding for at least one prompt',
    );
    await page.locator('.govuk-error-summary a').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finding-1.1.1a');
    await checkPage(page, JOURNEY, 'proposal-errors');

    await page.locator('#finding-1\\.1\\.1a').fill('The board sets the direction and reviews delivery.');
    await page.locator('#source-1\\.1\\.1a').selectOption('case-file');
    await page.locator('#cases-1\\.1\\.1a').fill(caseRef);
    // 004 ¶2.2: a prompt given a finding is answered yes or no too; the page asks for it where it is missing.
    await sendExpectingErrors(page, 'Propose the rating', 'Answer 1.1.1a yes or no');
    await page.locator('#answer-1\\.1\\.1a').check();
    // The lead saves 1.1 from another window meanwhile: this page's proposal, based on none, is refused
    // rather than put over that one, and what the lead wrote here is kept to send again.
    const { lead } = callersOf(stack().system);
    const elsewhere = await lead('PUT', `/api/ratings/inspections/${id}/proposals/1.1`, {
      version: 0,
      rating: 'Requires improvement',
      items: [
        {
          prompt: '1.1.1a',
          answer: 'no',
          finding: 'From the other window.',
          sources: [{ kind: 'document' }],
        },
      ],
    });
    expect(elsewhere.status).toBe(200);
    await sendExpectingErrors(
      page,
      'Propose the rating',
      'A newer proposal for this standard was saved after you opened this page',
    );
    expect(await page.locator('#finding-1\\.1\\.1a').inputValue()).toBe(
      'The board sets the direction and reviews delivery.',
    );
    expect(await page.locator('#answer-1\\.1\\.1a').isChecked()).toBe(true);
    await sendExpectingNotice(page, 'Propose the rating', 'Rating proposed for standard 1.1');
    expect(await textOf(page, 'main')).toMatch(/1\.1 Governance and leadership\s+Good \(proposed\)/);
    await checkPage(page, JOURNEY, 'pack-proposed');
  });

  it('lets the chair decide a standard and approve the ratings', async () => {
    const { system } = stack();
    // The rest of the panel's work, through the API: the other proposals and every standard left to decide.
    const { lead, inspector } = callersOf(system);
    const base = `/api/ratings/inspections/${id}`;
    for (const standard of ['1.2', '1.3', '1.4', '3.4']) {
      const proposed = await lead('PUT', `${base}/proposals/${standard}`, {
        version: 0,
        rating: 'Good',
        items: [
          {
            prompt: `${standard}.1a`,
            answer: 'yes',
            finding: 'Seen in the interviews and the cases.',
            sources: [{ kind: 'case-file', caseRefs: [caseRef] }],
          },
        ],
      });
      expect(proposed.status, standard).toBe(200);
    }
    const pack = (await inspector('GET', `${base}/pack`)).body;
    for (const standard of pack.standards as Json[]) {
      if (!standard.needsDecision || standard.id === '2.1') continue;
      const answer = await inspector('PUT', `${base}/decisions/${standard.id}`, {
        version: 0,
        ...(standard.rating === null
          ? { decision: 'up', to: 'Requires improvement' }
          : { decision: 'confirm' }),
        rationale: 'Weighed against the interviews.',
      });
      expect(answer.status, standard.id).toBe(200);
    }

    const page = await signIn(stack(), 'chair-1', JOURNEY);
    await page.goto(`${stack().portalUrl}/inspections/${id}/ratings`);
    await checkPage(page, JOURNEY, 'pack-chair');
    // 2.1 undecided: no button to approve (it could only be refused), but what must happen first, linked.
    expect(await page.getByRole('button', { name: 'Approve the ratings' }).count()).toBe(0);
    expect(await textOf(page, 'main')).toMatch(
      /Before you can approve the ratings\s+The panel must decide this standard first:\s+2\.1 Assessment\s+You can approve the ratings here once every standard is settled\./,
    );
    expect(
      await page
        .locator('#standards-to-decide')
        .getByRole('link', { name: '2.1 Assessment' })
        .getAttribute('href'),
    ).toBe(`/inspections/${id}/ratings/decisions/2.1`);
    await page.getByRole('link', { name: 'Decide standard 2.1' }).click();
    await checkPage(page, JOURNEY, 'decision');
    const current = (await inspector('GET', `${base}/pack`)).body.standards.find((s: Json) => s.id === '2.1');
    // While the chair decides, an inspector on the panel records a decision on 2.1 too.
    const meanwhile = await inspector('PUT', `${base}/decisions/2.1`, {
      version: 0,
      ...(current.rating === null ? { decision: 'up', to: 'Requires improvement' } : { decision: 'confirm' }),
      rationale: 'Weighed against the interviews.',
    });
    expect(meanwhile.status).toBe(200);
    const lower = current.rating === 'Inadequate' ? null : 'Inadequate';
    await page.getByLabel(lower ? 'Move it down' : 'Move it up').check();
    await page.getByLabel('Moved to (when moving)').selectOption(lower ?? 'Good');
    // Based on the page as the chair opened it: refused, not silently put over the inspector's decision; the
    // page shows the standard as it now stands, the chair's choice kept.
    await sendExpectingErrors(
      page,
      'Record the decision',
      'Someone else recorded a decision on this standard after you opened this page',
    );
    expect(await page.getByLabel(lower ? 'Move it down' : 'Move it up').isChecked()).toBe(true);
    await checkPage(page, JOURNEY, 'decision-meanwhile');
    await sendExpectingErrors(
      page,
      'Record the decision',
      'Enter a rationale: the evidence the decision rests on',
    );
    await checkPage(page, JOURNEY, 'decision-errors');
    await page.getByLabel('Rationale').fill('Risk assessment was thin in the interviews.');
    await sendExpectingNotice(
      page,
      'Record the decision',
      `Rating moved ${lower ? `down to ${lower}` : 'up to Good'} for standard 2.1`,
    );

    // The lead moves a proposal while the chair has the pack open: the chair's approval, of the ratings as
    // the page showed them, is refused, and the pack is shown as it now stands to approve.
    const proposal = (await lead('GET', `${base}/pack`)).body.standards.find((s: Json) => s.id === '1.2');
    const moved = await lead('PUT', `${base}/proposals/1.2`, {
      version: proposal.proposal.version,
      rating: 'Requires improvement',
      items: [
        {
          prompt: '1.2.1a',
          answer: 'no',
          finding: 'Seen in the interviews and the cases.',
          sources: [{ kind: 'case-file', caseRefs: [caseRef] }],
        },
      ],
    });
    expect(moved.status).toBe(200);
    await sendExpectingErrors(page, 'Approve the ratings', 'The ratings changed since the pack was read');
    await checkPage(page, JOURNEY, 'ratings-changed');
    await sendExpectingNotice(page, 'Approve the ratings', 'Ratings approved');
    expect(await textOf(page, 'main')).toContain('The approved ratings do not change');
    await checkPage(page, JOURNEY, 'approved');

    // Approved, a decision on a standard is a correction, which the chair approves again: said so.
    await page.getByRole('link', { name: 'Correct standard 2.1' }).click();
    expect((await textOf(page, 'h1')).trim()).toBe('Correct standard 2.1 Assessment');
    await checkPage(page, JOURNEY, 'correction');
  });
});
