// Progressive enhancement only: every page works without this file.
/* global document, DOMParser, HTMLInputElement, fetch, setInterval */
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
// framework families, the 2016 interview's follow-on questions); the fields of a hidden region are disabled,
// so they are not sent. Without script every region shows, and the server decides what applies.
const regions = [...document.querySelectorAll('[data-shown-when]')];
const showChosen = () => {
  for (const region of regions) {
    const [name, value] = region.dataset.shownWhen.split('=');
    const radio = document.querySelector(`input[type="radio"][name="${name}"][value="${value}"]`);
    region.hidden = radio?.checked !== true;
  }
  for (const field of document.querySelectorAll('[data-shown-when] :is(input, select, textarea)'))
    field.disabled = field.closest('[hidden]') !== null;
};
if (regions.length) {
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'radio') showChosen();
  });
  showChosen();
}

// The case form applies the questions' rules as the assessor answers (case-form.mjs), only where it is.
if (document.getElementById('case-rules')) import('/static/case-form.mjs');

// A decision still being carried out asks after itself and shows its outcome (decision-progress.mjs).
if (document.querySelector('[data-decision-check]')) import('/static/decision-progress.mjs');
