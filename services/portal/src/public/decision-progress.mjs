// A decision still being carried out, with JavaScript: the page asks after it every few seconds by its "Check
// again" link (routes/decision-progress.ts, which leaves the outcome in the session for the page it redirects
// to, this one), reads this page again, and once the decision is no longer "in progress" shows the outcome
// in place: the success banner, or the error summary with the refusal's message, in the page's messages
// (aria-live, so it is announced), and the page as it now is. Without this file the lead follows the link by
// hand. The redirect is not followed: the page's CSP (upgrade-insecure-requests) would send it to https on a
// portal served over plain http (development).
/* global document, DOMParser, fetch, setTimeout */
import { initAll as initGovuk } from '/static/govuk-frontend.min.js';
import { initAll as initMoj } from '/static/moj-frontend.min.js';

const CHECK_EVERY_MS = 2_000;
const underWay = document.querySelector('[data-decision-check]');
const messages = document.getElementById('page-messages');
const content = document.getElementById('page-content');

underWay.prepend('This page will show the outcome when it is done. ');

/** This page after a check, or nothing if it could not be read (then the next check tries again). */
async function checkedPage() {
  try {
    await fetch(underWay.dataset.decisionCheck, { credentials: 'same-origin', redirect: 'manual' });
    const response = await fetch(document.location.href, { credentials: 'same-origin' });
    return response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html') : undefined;
  } catch {
    return undefined;
  }
}

async function check() {
  const page = await checkedPage();
  const outcome = page?.getElementById('page-messages');
  if (!outcome || outcome.querySelector('[data-decision-check]')) {
    setTimeout(check, CHECK_EVERY_MS);
    return;
  }
  document.title = page.title;
  content.replaceChildren(...page.getElementById('page-content').childNodes);
  messages.replaceChildren(...outcome.childNodes);
  // The new banner or error summary takes the focus, as on a page that loads with it.
  initGovuk({ scope: messages.parentElement });
  initMoj({ scope: messages.parentElement });
}

setTimeout(check, CHECK_EVERY_MS);
