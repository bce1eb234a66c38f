// govuk-frontend's component templates import their sub-macros ({% from "../hint/macro.njk" import govukHint %})
// on every include, and nunjucks runs the imported file afresh for each import: thousands of times on the case
// form. An import without context always exports the same macros, so the portal runs each imported file once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { memoiseImports } from '../src/web/template-imports.ts';

function environment(files: Record<string, string>) {
  const directory = mkdtempSync(join(tmpdir(), 'yji-templates-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return new nunjucks.Environment(new nunjucks.FileSystemLoader(directory), { autoescape: true });
}

const files = {
  // The imported file counts its runs (a global called from its top level).
  'hint.njk': '{% set runs = counted() %}{% macro hint(text) %}<i>{{ text }}</i>{% endmacro %}',
  'tag.njk': '{% from "hint.njk" import hint %}<b>{{ params.text }}</b>{{ hint(params.text) }}',
  'macro.njk': '{% macro tag(params) %}{% include "tag.njk" %}{% endmacro %}',
  'page.njk': '{% from "macro.njk" import tag %}{% for t in texts %}{{ tag({ text: t }) }}{% endfor %}',
  'with-context.njk': '{% from "hint.njk" import hint with context %}{{ hint("c") }}',
};

function counting(env: nunjucks.Environment) {
  let runs = 0;
  env.addGlobal('counted', () => (runs += 1));
  return () => runs;
}

describe('imports without context', () => {
  it('run the imported file once, and render the same', () => {
    const env = environment(files);
    const runs = counting(env);
    memoiseImports(env);
    expect(env.render('page.njk', { texts: ['a', 'b', 'c'] })).toBe(
      '<b>a</b><i>a</i><b>b</b><i>b</i><b>c</b><i>c</i>',
    );
    expect(env.render('page.njk', { texts: ['d'] })).toBe('<b>d</b><i>d</i>');
    expect(runs()).toBe(1);
  });

  it('are run each time with context, and in an environment that did not ask', () => {
    const memoised = environment(files);
    const runsWithContext = counting(memoised);
    memoiseImports(memoised);
    memoised.render('with-context.njk', {});
    memoised.render('with-context.njk', {});
    expect(runsWithContext()).toBe(2);

    const plain = environment(files);
    const runs = counting(plain);
    plain.render('page.njk', { texts: ['a', 'b'] });
    expect(runs()).toBe(2);
  });
});
