// A form's errors are listed in the order of the page's fields, whatever order the schema found them in.
import { describe, expect, it } from 'vitest';
import { fieldsByPath, issuesAsErrors } from '../src/web/form-errors.ts';

const FIELDS = fieldsByPath({
  name: 'Enter the name',
  'dates.start': { field: 'start-day', text: 'Enter the start date' },
  size: 'Enter the size',
});

describe('issuesAsErrors', () => {
  it('lists the errors in the order of the fields, one per field, the first issue of each', () => {
    const issues = [
      { field: 'size' },
      { field: 'body.dates.start.year' },
      { field: 'name' },
      { field: 'size' },
    ];
    expect(issuesAsErrors(issues, FIELDS)).toEqual([
      { field: 'name', text: 'Enter the name' },
      { field: 'start-day', text: 'Enter the start date' },
      { field: 'size', text: 'Enter the size' },
    ]);
  });

  it('puts an issue no field answers for last, about the whole form', () => {
    expect(issuesAsErrors([{ field: 'unknown' }, { field: 'size' }], FIELDS)).toEqual([
      { field: 'size', text: 'Enter the size' },
      { field: 'main-content', text: 'Check what you entered' },
    ]);
  });
});
