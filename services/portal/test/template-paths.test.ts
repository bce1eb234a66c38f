// Every GOV.UK macro call includes its "./template.njk", and nunjucks resolves that relative name against the
// macro's file on every call: on the case form, thousands of path.resolve calls a page. The portal resolves
// each (file, relative name) pair once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nunjucks from 'nunjucks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoiseTemplatePaths } from '../src/web/template-paths.ts';

function environmentWithAMacro() {
  const directory = mkdtempSync(join(tmpdir(), 'yji-templates-'));
  writeFileSync(
    join(directory, 'macro.njk'),
    '{% macro tag(params) %}{% include "./template.njk" %}{% endmacro %}',
  );
  writeFileSync(join(directory, 'template.njk'), '<b>{{ params.text }}</b>');
  writeFileSync(
    join(directory, 'page.njk'),
    '{% from "macro.njk" import tag %}{% for t in texts %}{{ tag({ text: t }) }}{% endfor %}',
  );
  return new nunjucks.Environment(new nunjucks.FileSystemLoader(directory), { autoescape: true });
}

afterEach(() => vi.restoreAllMocks());

describe('template paths', () => {
  it('resolves a relative include once, however often the macro is called, and renders the same', () => {
    const resolve = vi.spyOn(nunjucks.Loader.prototype, 'resolve');
    const env = environmentWithAMacro();
    memoiseTemplatePaths(env);
    expect(env.render('page.njk', { texts: ['a', 'b', 'c'] })).toBe('<b>a</b><b>b</b><b>c</b>');
    expect(env.render('page.njk', { texts: ['d'] })).toBe('<b>d</b>');
    expect(resolve).toHaveBeenCalledTimes(1);
  });
});
