// Progressive enhancement only: every page works without this file.
/* global document, window, DOMParser, HTMLInputElement, fetch, setInterval */
import { initAll as initGovuk } from '/static/govuk-frontend.min.js';
import { initAll as initMoj } from '/static/moj-frontend.min.js';

/** What a refreshing region says, for telling whether a fresh copy differs: its text, spaces collapsed. */
const wordsOf = (element) => element.textContent.replace(/\s+/g, ' ').trim();
// Read before the MOJ sortable table adds its buttons and sorts the rows, as a fresh copy comes.
const refreshing = [...document.querySelectorAll('[data-refresh]')].map((region) => ({
  region,
  words: wordsOf(region),
}));

initGovuk();
initMoj();

/** Where `element` is inside `root`, as child positions, to find its counterpart in a fresh copy. */
const placeOf = (root, element) => {
  const place = [];
  for (let at = element; at !== root; at = at.parentElement)
    place.unshift([...at.parentElement.children].indexOf(at));
  return place;
};
const atPlace = (root, place) => place.reduce((at, index) => at?.children[index], root);

/** The column a table is sorted by (its index among the headers) and which way, or none. */
const sortOf = (table) => {
  const headers = [...(table?.querySelectorAll('thead th') ?? [])];
  const index = headers.findIndex((th) => ['ascending', 'descending'].includes(th.getAttribute('aria-sort')));
  return index < 0 ? undefined : { index, direction: headers[index].getAttribute('aria-sort') };
};

/**
 * Puts a fresh copy of `region` in its place, as the person left it: sorted as they sorted it (the MOJ sortable
 * table sorts by the header marked aria-sort as it starts), scrolled as far, and with the focus on the same
 * control if it was inside.
 */
const swapIn = (region, fresh) => {
  const sorted = sortOf(region.querySelector('table'));
  const freshHeaders = [...fresh.querySelectorAll('thead th[aria-sort]')];
  if (sorted && freshHeaders[sorted.index]) {
    for (const th of freshHeaders) th.setAttribute('aria-sort', 'none');
    freshHeaders[sorted.index].setAttribute('aria-sort', sorted.direction);
  }
  const focused = region.contains(document.activeElement)
    ? placeOf(region, document.activeElement)
    : undefined;
  const scrolled = [...region.querySelectorAll('.app-table-scroll')].map((box) => box.scrollLeft);
  region.replaceChildren(...fresh.childNodes);
  initMoj(region);
  region
    .querySelectorAll('.app-table-scroll')
    .forEach((box, index) => (box.scrollLeft = scrolled[index] ?? 0));
  if (focused)
    (atPlace(region, focused) ?? region.querySelector('[tabindex="0"]'))?.focus({ preventScroll: true });
};

/** Whether the person paused a page's updates: kept for the page (its path) while the tab is open. */
const pausedKey = () => `yji-refresh-paused:${window.location.pathname}`;
const pausedBefore = () => {
  try {
    return window.sessionStorage.getItem(pausedKey()) === 'true';
  } catch {
    return false; // storage turned off: the page starts updating, as it would anyway
  }
};
const rememberPaused = (paused) => {
  try {
    if (paused) window.sessionStorage.setItem(pausedKey(), 'true');
    else window.sessionStorage.removeItem(pausedKey());
  } catch {
    // storage turned off: paused for as long as the page is open
  }
};

/**
 * WCAG 2.2.2 (Pause, Stop, Hide): the button in the region's control (data-refresh-control, shown only here,
 * as without script nothing updates) pauses the updates and resumes them, which catches up at once. Its words
 * and the line above it say the state; the status says it changed.
 */
function pauseControl(entry, status, refresh) {
  const control = document.querySelector(`[data-refresh-control="${entry.region.id}"]`);
  const button = control?.querySelector('button');
  if (!control || !button) return;
  const state = control.querySelector('[data-refresh-state]');
  const running = state?.textContent;
  const show = () => {
    button.textContent = entry.paused ? 'Resume updates' : 'Pause updates';
    if (state) state.textContent = entry.paused ? 'Updates are paused.' : running;
  };
  button.addEventListener('click', () => {
    entry.paused = !entry.paused;
    rememberPaused(entry.paused);
    show();
    if (status) status.textContent = entry.paused ? 'Updates paused' : 'Updates resumed';
    if (!entry.paused) refresh();
  });
  show();
  control.hidden = false;
}

// A region marked data-refresh (the progress page's totals and cases) is asked for again every 15 seconds,
// alone (the Yji-Refresh header: routes/progress.ts), and swapped in when what it says has changed, unless
// the person paused it. It is not a live region: the status named by data-refresh-status says briefly that it
// changed, and when.
const REFRESH_MS = 15_000;
for (const entry of refreshing) {
  const { region } = entry;
  const status = document.getElementById(region.dataset.refreshStatus);
  entry.paused = pausedBefore();
  const refresh = async () => {
    const response = await fetch(region.dataset.refresh, {
      credentials: 'same-origin',
      headers: { 'yji-refresh': 'progress' },
      // A session that has ended answers with a redirect to sign in: not followed, the page stays as it is.
      redirect: 'manual',
    }).catch(() => undefined);
    // Paused while the answer came: what the person sees stays as it is.
    if (!response?.ok || entry.paused) return;
    const fresh = new DOMParser()
      .parseFromString(await response.text(), 'text/html')
      .getElementById(region.id);
    if (!fresh || wordsOf(fresh) === entry.words) return;
    entry.words = wordsOf(fresh);
    swapIn(region, fresh);
    if (status) status.textContent = `Progress updated at ${fresh.dataset.checkedAt}`;
  };
  pauseControl(entry, status, refresh);
  setInterval(() => {
    if (!entry.paused) void refresh();
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

// The case form: answers typed since the last save go if the page is left — by the interview's or the
// exclusion flag's form above it (each saves only itself, and the page comes back from what is stored), a
// link, or closing the tab — so the browser asks first (its own "Leave page?" dialog). Not once the form
// itself is sent. data-unsaved-changes="true": the page came back with answers not stored (a save refused).
const caseForm = document.querySelector('form[data-unsaved-changes]');
if (caseForm) {
  let unsaved = caseForm.dataset.unsavedChanges === 'true';
  const changed = (event) => {
    if (event.isTrusted) unsaved = true;
  };
  caseForm.addEventListener('input', changed);
  caseForm.addEventListener('change', changed);
  caseForm.addEventListener('submit', () => {
    unsaved = false;
  });
  window.addEventListener('beforeunload', (event) => {
    if (!unsaved) return;
    event.preventDefault();
    event.returnValue = true; // browsers from before preventDefault asked
  });
}
