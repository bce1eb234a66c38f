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

// A region marked data-shown-when="name=value" shows only while that radio is chosen (the create form's
// framework families). Without script every region shows and the server reads only the chosen one's fields.
for (const region of document.querySelectorAll('[data-shown-when]')) {
  const [name, value] = region.dataset.shownWhen.split('=');
  const radios = [...document.querySelectorAll(`input[type="radio"][name="${name}"]`)];
  const update = () => {
    region.hidden = !radios.some((radio) => radio.checked && radio.value === value);
  };
  for (const radio of radios) radio.addEventListener('change', update);
  update();
}
