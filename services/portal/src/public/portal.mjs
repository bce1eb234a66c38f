// Progressive enhancement only: every page works without this file.
import { initAll as initGovuk } from '/static/govuk-frontend.min.js';
import { initAll as initMoj } from '/static/moj-frontend.min.js';

initGovuk();
initMoj();
