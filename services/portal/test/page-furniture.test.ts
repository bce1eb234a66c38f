// What every page has around its content, for a service of HM Inspectorate of Probation that is not on
// GOV.UK: no GOV.UK crown (the generic header, a footer and icons without it) and no link to gov.uk, a Beta
// phase banner in the header, and the footer's link to the accessibility statement, a page anyone may read;
// and a title that names the service once where the page's heading is the service's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../src/index.ts';
import { CookieJar, csrfTokenOn, follow, signInAs, submit } from './browserless.ts';
import { startPortalUnderTest } from './portal-under-test.ts';

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();

describe('around every page', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortalUnderTest();
  });
  afterAll(() => portal?.stop());

  it('shows the organisation in a generic header, and no GOV.UK crown, icon or link to gov.uk', async () => {
    const home = await follow(new CookieJar(), `${portal.url}/`);
    expect(home.status).toBe(200);
    expect(home.body).toContain('govuk-generic-header');
    expect(home.body).toMatch(/govuk-generic-header__homepage-link">\s*HM Inspectorate of Probation\s*</);
    expect(home.body).not.toContain('govuk-header__logotype');
    expect(home.body).not.toContain('govuk-footer__crown');
    expect(home.body).not.toMatch(/href="(https?:)?\/\/(www\.)?gov\.uk/);
    expect(home.body).not.toContain('/assets/images/favicon');
    expect(home.body).not.toContain('govuk-icon');
  });

  it('says the service is in beta, inside the header, after the service navigation', async () => {
    const { body } = await follow(new CookieJar(), `${portal.url}/`);
    const header = body.slice(body.indexOf('<header'), body.indexOf('</header>'));
    expect(header.indexOf('govuk-service-navigation')).toBeGreaterThan(-1);
    expect(header.indexOf('govuk-phase-banner')).toBeGreaterThan(header.indexOf('govuk-service-navigation'));
    expect(header).toMatch(/govuk-phase-banner__content__tag">\s*Beta\s*</);
  });

  it('names the service once in the title of the page whose heading is its name', async () => {
    const { body } = await follow(new CookieJar(), `${portal.url}/`);
    expect(body).toMatch(/<h1 class="govuk-heading-l">Youth justice inspections<\/h1>/);
    expect(titleOf(body)).toBe('Youth justice inspections');
  });

  it('links to the accessibility statement from the footer, which anyone can read', async () => {
    const jar = new CookieJar();
    const home = await follow(jar, `${portal.url}/`);
    const footer = home.body.slice(home.body.indexOf('<footer'));
    expect(footer).toMatch(
      /<a class="govuk-footer__link" href="\/accessibility-statement">\s*Accessibility statement\s*</,
    );
    const statement = await follow(jar, `${portal.url}/accessibility-statement`);
    expect(statement.status).toBe(200);
    expect(titleOf(statement.body)).toBe('Accessibility statement – Youth justice inspections');
    expect(statement.body).toContain('<h1 class="govuk-heading-l">Accessibility statement</h1>');
    // What is tested, and how to report a problem.
    expect(statement.body).toContain('axe-core');
    expect(statement.body).toContain('WCAG) 2.2 at levels A and AA');
    expect(statement.body).toContain('Reporting accessibility problems');
  });

  it('puts Sign out in the service navigation, last, for whoever is signed in only', async () => {
    const jar = new CookieJar();
    const signedOut = await follow(jar, `${portal.url}/accessibility-statement`);
    expect(signedOut.body).not.toContain('Sign out');
    await signInAs(jar, portal.url, 'chair-1');
    const { body } = await follow(jar, `${portal.url}/accessibility-statement`);
    const list = /<ul class="govuk-service-navigation__list"[^>]*>([\s\S]*?)<\/ul>/.exec(body)?.[1] ?? '';
    const items = list.split(/<li\b/).slice(1);
    expect(items.length).toBeGreaterThan(1);
    // A form (signing out is a POST, with this session's token) whose button is the navigation's last item.
    expect(items.at(-1)).toMatch(
      /^ class="govuk-service-navigation__item[^"]*">\s*<form method="post" action="\/sign-out">\s*<input type="hidden" name="_csrf" value="[^"]+">\s*<button type="submit" class="govuk-service-navigation__link[^"]*"[^>]*>Sign out<\/button>/,
    );
    // Once on the page: not also beside who is signed in.
    expect(body.match(/>Sign out</g)).toHaveLength(1);
    expect(body).toContain('Signed in as <strong>Hugh Bennett</strong>');
  });

  it('lets a person signed in sign out from the accessibility statement', async () => {
    const jar = new CookieJar();
    await signInAs(jar, portal.url, 'chair-1');
    const statement = await follow(jar, `${portal.url}/accessibility-statement`);
    expect(statement.status).toBe(200);
    expect(statement.body).toContain('Signed in as <strong>Hugh Bennett</strong>');
    const token = csrfTokenOn(statement.body);
    expect(token).toBeTruthy();
    const signedOut = await submit(jar, `${portal.url}/sign-out`, { _csrf: token! });
    expect(new URL(signedOut.url).pathname).not.toBe('/sign-out');
    expect(signedOut.status).toBeLessThan(400);
  });
});
