// Progressive enhancement only: every page works without this file.
/* global document, DOMParser, fetch, setInterval */
import { initAll as initGovuk } from '/static/govuk-frontend.min.js';
import { initAll as initMoj } from '/static/moj-frontend.min.js';

initGovuk();
initMoj();

// A region marked data-refresh is fetched again every 15 seconds and swapped in place (the progress page).
const REFRESH_MS = 15_000;
for (const region of document.querySelectorAll('[data-refresh]')) {
  setInterval(async () => {
    const response = await fetch(region.dataset.refresh, { credentials: 'same-origin' });
    if (!response.ok) return;
    const fresh = new DOMParser()
      .parseFromString(await response.text(), 'text/html')
      .getElementById(region.id);
    if (fresh) region.replaceChildren(...fresh.childNodes);
  }, REFRESH_MS);
}
