// The YJS contact's factual accuracy check is one form: the boxes filled under several sections are all sent
// by the button pressed, each as one comment on its section, each under the key its box was shown with — so
// the form sent again records each once. Nothing is sent while a box is wrong; a box the publication service
// refuses keeps its words and its error, while the comments taken are said to be sent. The services are real;
// the pages are read and sent as a browser would, field by field from the HTML, without a browser.
import { describe, expect, it } from 'vitest';
import {
  answered,
  callersOf,
  carriedOut,
  inspectionWithApprovedRatings,
  PEOPLE,
} from '../../../tests/harness/index.ts';
import { CookieJar, follow, signInAs, visit, type Hop } from './browserless.ts';
import { expectErrorOn, summaryOf } from './page-errors.ts';
import { usePortalOnServices } from './portal-under-test.ts';

const unescaped = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');

interface Field {
  name: string;
  id?: string;
  value: string;
}

/** A form of a page as a browser holds it: where it is sent and its fields, in the page's order. */
interface Form {
  action: string;
  fields: Field[];
}

/** Each <form> of `html`, with its hidden inputs and its textareas. */
function formsOn(html: string): Form[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map(([, attributes, inner]) => ({
    action: /action="([^"]+)"/.exec(attributes!)![1]!,
    fields: [...inner!.matchAll(/<input\b([^>]*)>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)].flatMap(
      ([, input, textarea, text]) => {
        const tag = (input ?? textarea)!;
        const name = /\bname="([^"]+)"/.exec(tag)?.[1];
        const id = /\bid="([^"]+)"/.exec(tag)?.[1];
        const value = input ? (/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '') : text!.replace(/^\n/, '');
        return name ? [{ name, ...(id ? { id } : {}), value: unescaped(value) }] : [];
      },
    ),
  }));
}

/** The page as the contact has it: its forms, the words they type into boxes, the button they press. */
class PageInHand {
  readonly forms: Form[];
  readonly hop: Hop;
  private readonly jar: CookieJar;
  constructor(hop: Hop, jar: CookieJar) {
    this.hop = hop;
    this.jar = jar;
    this.forms = formsOn(hop.body);
  }

  private box(id: string): Field {
    const field = this.forms.flatMap((form) => form.fields).find((candidate) => candidate.id === id);
    expect(field, `a box #${id} on the page`).toBeDefined();
    return field!;
  }

  /** What the box #`id` holds. */
  valueOf(id: string): string {
    return this.box(id).value;
  }

  type(id: string, words: string) {
    this.box(id).value = words;
    return this;
  }

  /** Sets the hidden field `name` (as a browser's back button restores an older page's). */
  setHidden(name: string, value: string) {
    const field = this.forms.flatMap((form) => form.fields).find((candidate) => candidate.name === name);
    expect(field, `a field ${name} on the page`).toBeDefined();
    field!.value = value;
    return this;
  }

  /** The form a button of which is pressed: the one holding the box #`id`. */
  formHolding(id: string): Form {
    const form = this.forms.find((candidate) => candidate.fields.some((field) => field.id === id));
    expect(form, `a form holding #${id}`).toBeDefined();
    return form!;
  }

  /** The form holding #`id` sent as it stands (a browser sends only the form whose button is pressed). */
  send(id: string): Promise<Hop> {
    const form = this.formHolding(id);
    const body = new URLSearchParams(form.fields.map(({ name, value }): [string, string] => [name, value]));
    return visit(this.jar, new URL(form.action, this.hop.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }
}

describe('the factual accuracy check page', () => {
  const services = usePortalOnServices({});

  it(
    'sends every box filled in with one button, each comment once, and keeps what was not taken',
    { timeout: 300_000 },
    async () => {
      const [system, portal] = [services.system(), services.portal()];
      const { inspection } = await inspectionWithApprovedRatings(system, { seed: 'yjs-check-one-form' });
      const { lead } = callersOf(system);
      const report = `/api/publication/inspections/${inspection.id}`;
      const draft = {
        version: 0,
        overview: 'The board met quarterly.',
        findings: [],
        recommendations: ['Review every plan with the child.'],
      };
      await answered('draft', lead('PUT', `${report}/draft`, draft));
      const sentForCheck = await carriedOut(
        lead,
        await lead('POST', `${report}/factual-check`, { version: 1, workingDays: 10 }),
      );
      expect(sentForCheck.status).toBe(200);
      const recorded = async () =>
        (
          (await answered('check', lead('GET', `${report}/factual-check`))).comments as {
            section: string;
            text: string;
          }[]
        ).map(({ section, text }) => `${section}: ${text}`);

      const jar = new CookieJar();
      await signInAs(jar, portal.url, PEOPLE.yjs.userId);
      const checkUrl = `${portal.url}/factual-checks/${inspection.id}`;
      const open = async () => new PageInHand(await follow(jar, checkUrl), jar);

      // Two boxes filled in, one button pressed: both comments are recorded, in the page's order.
      const page = await open();
      page
        .type('text-overview', 'The board met monthly, not quarterly.')
        .type('text-recommendations', 'Plans are already reviewed with the child.');
      const sent = await page.send('text-overview');
      expect(sent.status).toBe(303);
      expect(await recorded()).toEqual([
        'overview: The board met monthly, not quarterly.',
        'recommendations: Plans are already reviewed with the child.',
      ]);
      const after = await follow(jar, sent.location!);
      expect(after.body).toContain('2 comments sent to the lead inspector');
      // Each is shown under its section, and the boxes are empty again.
      const shown = new PageInHand(after, jar);
      expect(shown.valueOf('text-overview')).toBe('');
      expect(after.body).toContain('The board met monthly, not quarterly.');

      // The same form sent again, twice at once (a refresh, a resend after no answer): each recorded once.
      const again = await Promise.all([page.send('text-overview'), page.send('text-overview')]);
      expect(again.map((hop) => hop.status)).toEqual([303, 303]);
      expect(await recorded()).toHaveLength(2);

      // No box filled in: one error, at the first box; nothing sent.
      const empty = await (await open()).send('text-overview');
      expect(empty.status).toBe(400);
      expectErrorOn(empty.body, 'text-overview', 'Enter a comment on at least one section');
      expect(summaryOf(empty.body)).toHaveLength(1);

      // A box over the limit: its error beside it, the other box keeps its words, and nothing is sent.
      const tooLong = await (
        await open()
      )
        .type('text-overview', 'The minutes are dated.')
        .type('text-ratings', 'x'.repeat(5_001))
        .send('text-overview');
      expect(tooLong.status).toBe(400);
      expectErrorOn(tooLong.body, 'text-ratings', 'Comment on the ratings must be 5,000 characters or fewer');
      expect(summaryOf(tooLong.body)).toHaveLength(1);
      expect(new PageInHand(tooLong, jar).valueOf('text-overview')).toBe('The minutes are dated.');
      expect(await recorded()).toHaveLength(2);

      // One box refused, another taken: the overview's box still carries the key its comment was sent with
      // (a page brought back by the browser's back button) with other words. The ratings' comment is sent
      // and said to be; the overview's box keeps its words with its error and, sent again, sends them anew.
      const overviewKey = page.forms
        .flatMap((form) => form.fields)
        .find((field) => field.name === 'idempotencyKey-overview')!.value;
      const partly = await (
        await open()
      )
        .setHidden('idempotencyKey-overview', overviewKey)
        .type('text-overview', 'The board met every month.')
        .type('text-ratings', 'The rating of standard 2.1 reads the sample of 2022.')
        .send('text-overview');
      expect(partly.status).toBe(400);
      expectErrorOn(
        partly.body,
        'text-overview',
        'This form sent a comment before, with other words. Send it again to send another comment',
      );
      expect(partly.body).toMatch(
        /id="sent-now">Sent to the lead inspector: your comment on the ratings\. It is shown under its section\./,
      );
      const refusedPage = new PageInHand(partly, jar);
      expect(refusedPage.valueOf('text-overview')).toBe('The board met every month.');
      expect(refusedPage.valueOf('text-ratings')).toBe('');
      expect(await recorded()).toEqual([
        'overview: The board met monthly, not quarterly.',
        'recommendations: Plans are already reviewed with the child.',
        'ratings: The rating of standard 2.1 reads the sample of 2022.',
      ]);
      const resent = await refusedPage.send('text-overview');
      expect(resent.status).toBe(303);
      expect((await follow(jar, resent.location!)).body).toContain('Comment sent to the lead inspector');
      expect(await recorded()).toHaveLength(4);
      expect((await recorded())[3]).toBe('overview: The board met every month.');
    },
  );
});
