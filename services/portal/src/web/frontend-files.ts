// Where the GOV.UK and MOJ frontend packages keep their precompiled CSS and JavaScript, fonts and images,
// and Nunjucks macros (govuk-frontend 6: dist/govuk/…; @ministryofjustice/frontend 11: moj/…).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = (name: string) => dirname(fileURLToPath(import.meta.resolve(`${name}/package.json`)));

const govuk = packageDir('govuk-frontend');
const moj = packageDir('@ministryofjustice/frontend');
const here = dirname(fileURLToPath(import.meta.url));

export const frontendFiles = {
  /** Template folders: ours, then the macros' roots, so `govuk/components/…` and `moj/components/…` resolve. */
  templates: [join(here, '..', 'views'), join(govuk, 'dist'), moj],
  /** Served at /assets: fonts and images both stylesheets point at. */
  assets: [join(govuk, 'dist', 'govuk', 'assets'), join(moj, 'moj', 'assets')],
  /** Served at /static: the two stylesheets, the two scripts and ours. */
  static: {
    'govuk-frontend.min.css': join(govuk, 'dist', 'govuk', 'govuk-frontend.min.css'),
    'govuk-frontend.min.js': join(govuk, 'dist', 'govuk', 'govuk-frontend.min.js'),
    'moj-frontend.min.css': join(moj, 'moj', 'moj-frontend.min.css'),
    'moj-frontend.min.js': join(moj, 'moj', 'moj-frontend.min.js'),
    'portal.mjs': join(here, '..', 'public', 'portal.mjs'),
    'case-form.mjs': join(here, '..', 'public', 'case-form.mjs'),
    'decision-progress.mjs': join(here, '..', 'public', 'decision-progress.mjs'),
    'portal.css': join(here, '..', 'public', 'portal.css'),
  } as Record<string, string>,
};
