// The public pages' accessibility statement (Public Sector Bodies Accessibility Regulations 2018): a page anyone
// reads without signing in, under the same strict Content-Security-Policy as the other public pages, and linked
// from the footer of every public page — the index, a published report, the page that says none is published,
// and the statement itself.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  approvedSet,
  eventually,
  publicationTestConfig,
  startPublicationUnderTest,
  usePublicationUnderTest,
} from './publication-under-test.ts';
import { SERVICE_CALLERS } from '../../../tests/harness/people.ts';

const STATEMENT = '/inspections/accessibility-statement';
const FOOTER_LINK =
  /<a class="govuk-footer__link" href="\/inspections\/accessibility-statement">\s*Accessibility statement\s*</;

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();

describe('the public accessibility statement', () => {
  const { publication, inspections } = usePublicationUnderTest();
  /** Without signing in: no Authorization header. */
  const open = (path: string) => fetch(`${publication().url}${path}`);

  /** A report of a new inspection, published as the publication workflow would have stored it. */
  async function publishedReport() {
    const inspectionId = randomUUID();
    inspections.push(inspectionId);
    await publication().joinTeam(inspectionId, SERVICE_CALLERS.lead.userId, 'lead-inspector');
    await publication().approve(approvedSet(inspectionId));
    await eventually(() => publication().db.report.findUnique({ where: { inspectionId } }));
    await publication().db.report.update({ where: { inspectionId }, data: { publishedAt: new Date() } });
    return inspectionId;
  }

  it('answers anyone, without signing in, under the public pages’ strict policy', async () => {
    const response = await open(STATEMENT);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/^default-src 'none'; script-src 'nonce-[^']+'; /);
    expect(policy).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(titleOf(html)).toBe('Accessibility statement – Youth justice inspections');
    expect(html).toContain('<h1 class="govuk-heading-l">Accessibility statement</h1>');
    // The page's only script is the template's own line, by this page's nonce.
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(html.match(/<script\b[^>]*>/g)).toEqual([`<script nonce="${nonce}">`]);
    // What a statement must say: who runs the pages, how they were checked, that they are not claimed to
    // comply in full, how to report a problem, the enforcement procedure, when it was prepared.
    expect(html).toContain('HM Inspectorate of Probation');
    expect(html).toContain('WCAG) 2.2 at levels A and AA');
    expect(html).toContain('320 pixels wide');
    expect(html).toMatch(/<h3 class="govuk-heading-s">Compliance status<\/h3>/);
    expect(html).not.toMatch(/\bfully compliant\b/);
    expect(html).toContain('Reporting accessibility problems');
    expect(html).toContain('Equality and Human Rights Commission');
    expect(html).toContain('href="https://www.equalityadvisoryservice.com/"');
    expect(html).toMatch(/This statement was prepared on \d{1,2} \w+ \d{4}/);
    // Without ACCESSIBILITY_CONTACT_EMAIL, the organisation only.
    expect(html).not.toContain('mailto:');
  });

  it('gives the deployment’s contact address for reporting a problem, when it has one', async () => {
    const config = { ...publicationTestConfig(), ACCESSIBILITY_CONTACT_EMAIL: 'access@inspectorate.example' };
    const withContact = await startPublicationUnderTest(config);
    try {
      const html = await (await fetch(`${withContact.url}${STATEMENT}`)).text();
      expect(html).toContain('email <a class="govuk-link" href="mailto:access@inspectorate.example">');
    } finally {
      await withContact.stop();
    }
  });

  it('is linked from the footer of every public page', async () => {
    const id = await publishedReport();
    const pages = {
      index: '/inspections',
      report: `/inspections/${id}`,
      'not published': `/inspections/${randomUUID()}`,
      statement: STATEMENT,
    };
    for (const [name, path] of Object.entries(pages)) {
      const response = await open(path);
      expect(response.status, name).toBe(name === 'not published' ? 404 : 200);
      const html = await response.text();
      const footer = html.slice(html.indexOf('<footer'));
      expect(footer, name).toMatch(FOOTER_LINK);
    }
  });
});
