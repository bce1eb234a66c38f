// The published report as PDF (issue 11: the HTML first, the PDF an accessible extra): the same public page,
// printed by headless Chromium through playwright-core with the page's print rules, tagged (its headings,
// tables and lists as PDF structure) and with an outline from its headings. Chromium asks the service itself
// for the page, its stylesheets and fonts (app.inject behind a made-up origin), so nothing needs to listen
// and nothing else is reached.
import { chromium, type Route } from 'playwright-core';
import type { App } from '@yji/service-kit';

const ORIGIN = 'http://publication.invalid';
// The flags that keep a headless Chromium from reaching for hosts this machine cannot reach.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ARGS, headless: true });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.route('**/*', (route) => answerFromApp(app, route));
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
