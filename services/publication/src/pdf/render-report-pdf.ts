// The published report as PDF (issue 11: the HTML first, the PDF an accessible extra): the same public page,
// printed by headless Chromium through playwright-core with the page's print rules, tagged (its headings,
// tables and lists as PDF structure) and with an outline from its headings. Chromium asks the service itself
// for the page, its stylesheets and fonts (app.inject behind a made-up origin), so nothing needs to listen
// and nothing else is reached.
import type { Route } from 'playwright-core';
import type { App } from '@yji/service-kit';
import { launchHeadlessChromium } from './headless-chromium.ts';

const ORIGIN = 'http://publication.invalid';

async function answerFromApp(app: App, route: Route) {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN || route.request().method() !== 'GET') return route.abort();
  const response = await app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
  const headers = Object.fromEntries(
    Object.entries(response.headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : String(value)]],
    ),
  );
  return route.fulfill({ status: response.statusCode, headers, body: response.rawPayload });
}

export async function renderReportPdf(app: App, chromiumPath: string, inspectionId: string): Promise<Buffer> {
  const browser = await launchHeadlessChromium(chromiumPath);
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    // A request the service cannot answer (it is stopping: an event delivered during shutdown) fails the
    // page, so the render fails and the event is delivered again; it never escapes as an unhandled error.
    await page.route('**/*', (route) =>
      answerFromApp(app, route).catch(() => route.abort('failed').catch(() => undefined)),
    );
    const response = await page.goto(`${ORIGIN}/inspections/${inspectionId}`, { waitUntil: 'load' });
    if (response?.status() !== 200)
      throw new Error(`the report page answered ${response?.status() ?? 'nothing'}, not 200`);
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({
      format: 'A4',
      margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
      printBackground: true,
      tagged: true,
      outline: true,
    });
  } finally {
    await browser.close();
  }
}
