// The lead inspector's page of cases flagged for exclusion: each flag on a case still open to exclusion links
// to where the lead decides (the sample page's exclusion form), the link naming its case to a screen reader;
// an excluded case, a case whose assessment is submitted (no longer excludable) and a flag whose reason was
// purged offer none. A case open to exclusion can be kept instead, from its card; a kept card says who kept it
// and when, and offers nothing more.
import { describe, expect, it } from 'vitest';
import type { ExclusionFlagList, SampleView } from '@yji/contracts';
import type { z } from 'zod';
import {
  answered,
  callersOf,
  eventually,
  inspectionInFieldwork,
  PEOPLE,
} from '../../../tests/harness/index.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, submit } from './browserless.ts';
import { peopleNamed, renderView } from './view-render.ts';
import { usePortalOnServices } from './portal-under-test.ts';

const people = peopleNamed({ 'inspector-1': 'Amir Hussain' });
type Flag = z.infer<typeof ExclusionFlagList>['flags'][number];
const INSPECTION = { id: 'inspection-1', record: { yjs: { name: 'Northshire YJS' } } };

const flag = (caseRef: string, changes: Partial<Flag> = {}): Flag => ({
  taskId: `00000000-0000-4000-8000-00000000${caseRef.slice(1)}`,
  caseRef,
  taskState: 'in-progress',
  purgedAt: null,
  reason: 'The child moved out of the area.',
  flaggedBy: 'inspector-1',
  at: '2026-11-03T09:30:00.000Z',
  keptBy: null,
  keptAt: null,
  ...changes,
});

const flagsPage = (flags: Flag[], more: Record<string, unknown> = {}) =>
  renderView('lead/exclusion-flags.njk', {
    title: 'Cases flagged for exclusion',
    inspection: INSPECTION,
    flags,
    people,
    csrfToken: 'csrf-1',
    ...more,
  });

/** Each form on `html` as its address, its CSRF field and its buttons' names read aloud. */
const formsOn = (html: string) =>
  [...html.matchAll(/<form [^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g)].map(([, action, inner]) => ({
    action,
    csrf: inner!.match(/name="_csrf" value="([^"]*)"/)?.[1],
    buttons: [...inner!.matchAll(/<button [^>]*>([\s\S]*?)<\/button>/g)].map(([, text]) =>
      text!
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  }));

/** The card of case `caseRef` on `html`: from its opening to the next card's. */
const cardOf = (html: string, caseRef: string) => {
  const cards = html.split('<div class="govuk-summary-card"').slice(1);
  const card = cards.find((each) => each.includes(`Case ${caseRef}`));
  expect(card, `a card for ${caseRef}`).toBeDefined();
  return card!;
};

/** Each link on `html` as its address and its text read aloud (visually hidden text included). */
const linksOn = (html: string) =>
  [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map(([, href, inner]) => ({
    href,
    name: inner!
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  }));

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/\s+/g, ' ');

describe('the exclusion flags page', () => {
  it('links a flag on a case still being assessed to the decision, naming the case', () => {
    const html = flagsPage([flag('C0027'), flag('C0031', { taskState: 'assigned' })]);
    for (const caseRef of ['C0027', 'C0031']) {
      const link = linksOn(cardOf(html, caseRef)).find((each) => each.name.startsWith('Decide'));
      expect(link).toEqual({
        href: '/inspections/inspection-1/sample#exclude',
        name: `Decide on case ${caseRef}`,
      });
      // Only the case's name is hidden: the words seen are the action.
      expect(cardOf(html, caseRef)).toContain(
        `Decide<span class="govuk-visually-hidden"> on case ${caseRef}</span>`,
      );
    }
  });

  it('offers no decision on a case excluded, assessed, or whose flag was purged', () => {
    const html = flagsPage([
      flag('C0027', { taskState: 'withdrawn' }),
      flag('C0031', { taskState: 'submitted' }),
      flag('C0040', { taskState: 'revising' }),
      flag('C0052', { purgedAt: '2027-06-01T00:00:00.000Z' }),
    ]);
    for (const caseRef of ['C0027', 'C0031', 'C0040', 'C0052'])
      expect(linksOn(cardOf(html, caseRef)).filter((each) => each.name.startsWith('Decide'))).toEqual([]);
    expect(textOf(cardOf(html, 'C0027'))).toContain('Excluded');
    expect(textOf(cardOf(html, 'C0031'))).toContain('Assessment submitted');
    expect(textOf(cardOf(html, 'C0040'))).toContain('Assessment submitted');
  });

  it('offers to keep a case still open to exclusion, beside Decide, and says the assessor is told', () => {
    const html = flagsPage([flag('C0027'), flag('C0031', { taskState: 'submitted' })]);
    expect(formsOn(cardOf(html, 'C0027'))).toEqual([
      {
        action: `/inspections/inspection-1/exclusion-flags/${flag('C0027').taskId}/kept`,
        csrf: 'csrf-1',
        buttons: ['Keep the case C0027 in the sample'],
      },
    ]);
    expect(cardOf(html, 'C0027')).toContain('govuk-button--secondary');
    // The words seen are the action; the case is named to a screen reader.
    expect(cardOf(html, 'C0027')).toContain(
      'Keep the case<span class="govuk-visually-hidden"> C0027 in the sample</span>',
    );
    expect(formsOn(cardOf(html, 'C0031'))).toEqual([]);
    expect(textOf(cardOf(html, 'C0027'))).toContain('Not excluded');
    const text = textOf(html);
    expect(text).not.toContain('There is no way yet');
    expect(text).toContain('the case’s assessor sees it on the case');
  });

  it('shows a kept case as kept, by whom and when, with nothing more to decide', () => {
    const html = flagsPage([flag('C0027', { keptBy: 'inspector-1', keptAt: '2026-11-04T14:00:00.000Z' })]);
    const card = cardOf(html, 'C0027');
    expect(card).toMatch(/govuk-tag--blue">\s*Kept\s*</);
    expect(textOf(card)).toContain('Decision Kept by Amir Hussain, 4 November 2026 at 2:00pm');
    expect(textOf(card)).not.toContain('Not excluded');
    expect(formsOn(card)).toEqual([]);
    expect(linksOn(card).filter((each) => each.name.startsWith('Decide'))).toEqual([]);
  });

  it('says an excluded case is excluded even if it was kept before', () => {
    const card = cardOf(
      flagsPage([
        flag('C0027', { taskState: 'withdrawn', keptBy: 'inspector-1', keptAt: '2026-11-04T14:00:00.000Z' }),
      ]),
      'C0027',
    );
    expect(textOf(card)).toContain('Excluded');
    expect(textOf(card)).not.toContain('Kept');
  });

  it('puts a refusal beside the card whose Keep button was pressed, linked from the summary', () => {
    const keepId = `keep-${flag('C0031').taskId}`;
    const html = flagsPage([flag('C0027'), flag('C0031')], {
      errors: [{ text: 'The case has been excluded', href: `#${keepId}` }],
      fieldErrors: { [keepId]: { text: 'The case has been excluded' } },
    });
    expect(cardOf(html, 'C0031')).toContain(`id="${keepId}-error"`);
    expect(cardOf(html, 'C0031')).toContain(`id="${keepId}"`);
    expect(cardOf(html, 'C0031')).toContain(`aria-describedby="${keepId}-error"`);
    expect(textOf(cardOf(html, 'C0031'))).toContain('Error: The case has been excluded');
    expect(cardOf(html, 'C0027')).not.toContain('govuk-error-message');
  });
});

describe('the sample page', () => {
  it('has the exclusion form under the anchor the flags link to', () => {
    const sample = {
      seed: 'seed-1',
      confirmed: true,
      purgedAt: null,
      summary: { court: 1, custody: 0, oocd: 0 },
      warnings: [],
      selected: [{ caseRef: 'C0027', stratum: 'court', side: 'court', reason: 'Picked at random' }],
      excluded: [],
      reserve: [],
      ineligible: [],
    } as unknown as z.infer<typeof SampleView>;
    const html = renderView('lead/sample.njk', {
      title: 'Sample',
      inspection: { ...INSPECTION, workflow: { longList: { rows: 40 } } },
      sample,
      values: {},
      fieldErrors: {},
      reasonMaxLength: 1000,
      people,
    });
    const anchored = html.match(/<h2 [^>]*id="exclude"[^>]*>([^<]*)<\/h2>/);
    expect(anchored?.[1]).toBe('Exclude a case');
    expect(html.indexOf('id="exclude"')).toBeLessThan(
      html.indexOf('action="/inspections/inspection-1/sample/exclusions"'),
    );
  });
});

describe('keeping a flagged case, on the services', () => {
  const services = usePortalOnServices({});

  /**
   * An inspection in fieldwork whose one case its inspector flagged, and its lead signed in on the flags page;
   * `exclude` excludes the case on the sample page's API (as from another tab) and waits for its task to be
   * withdrawn.
   */
  async function flaggedCase(seed: string) {
    const [system, portal] = [services.system(), services.portal()];
    const { lead, inspector } = callersOf(system);
    const { id, cases } = await inspectionInFieldwork(system, lead, {
      team: [PEOPLE.inspector],
      sampleSize: 1,
      seed,
    });
    const { taskId, caseRef } = cases[0]!;
    await answered(
      'flag',
      inspector('POST', `/api/fieldwork/tasks/${taskId}/exclusion-flag`, {
        reason: 'Moved out of the area.',
      }),
      201,
    );
    const jar = new CookieJar();
    await signInAs(jar, portal.url, PEOPLE.lead.userId);
    const flagsUrl = `${portal.url}/inspections/${id}/exclusion-flags`;
    const exclude = async () => {
      await answered(
        'exclusion',
        lead('POST', `/api/inspections/${id}/sample/exclusions`, {
          caseRef,
          reason: 'Moved out of the area.',
        }),
      );
      await eventually('the task withdrawn', async () =>
        (await system.fieldworkDb.caseTask.findUnique({ where: { id: taskId } }))?.state === 'withdrawn'
          ? true
          : undefined,
      );
    };
    return { system, portal, taskId, caseRef, jar, flagsUrl, shown: await follow(jar, flagsUrl), exclude };
  }

  it('tells the assessor on the case that it was kept, until the lead excludes it after all', async () => {
    const { portal, taskId, caseRef, jar, flagsUrl, shown, exclude } = await flaggedCase('keep-then-exclude');
    const kept = await submit(jar, `${flagsUrl}/${taskId}/kept`, { _csrf: csrfTokenOn(shown.body)! });
    expect(kept.body).toContain(`Case ${caseRef} kept in the sample.`);

    const assessorJar = new CookieJar();
    await signInAs(assessorJar, portal.url, PEOPLE.inspector.userId);
    const casePage = async () => textOf((await follow(assessorJar, `${portal.url}/tasks/${taskId}`)).body);
    expect(await casePage()).toMatch(
      /Flagged for exclusion: Moved out of the area\. The lead inspector kept the case in the sample \(.+\): go on with the assessment\./,
    );

    // Excluded after all (a kept case can be, until it is submitted): its assessor is not told to go on.
    await exclude();
    expect(await casePage()).not.toContain('go on with the assessment');
  });

  it('says a refusal beside the card, and the case is not kept: excluded since the page was shown', async () => {
    const { system, taskId, caseRef, jar, flagsUrl, shown, exclude } = await flaggedCase('keep-refused');
    expect(shown.body).toContain(`/exclusion-flags/${taskId}/kept`);

    // Meanwhile the lead excludes the case on the sample page (another tab): its task is withdrawn.
    await exclude();

    const kept = await submit(jar, `${flagsUrl}/${taskId}/kept`, { _csrf: csrfTokenOn(shown.body)! });
    expect(kept.status).toBe(400);
    expect(kept.body).toContain('govuk-error-summary');
    expect(kept.body).not.toContain('govuk-notification-banner--success');
    const card = cardOf(kept.body, caseRef);
    expect(textOf(card)).toContain(
      'Error: The case has been excluded since this page was shown: it is no longer in the sample',
    );
    // The summary's link reaches the message, as the card offers no button now.
    expect(kept.body).toContain(`href="#keep-${taskId}"`);
    expect(card).toContain(`id="keep-${taskId}"`);
    expect(await system.fieldworkDb.exclusionFlag.findUnique({ where: { taskId } })).toMatchObject({
      keptBy: null,
    });
  });
});
