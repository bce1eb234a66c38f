import { describe, expect, it } from 'vitest';
import { awaitsPreviewBy } from './embargo.ts';

const scheduled = { publishAt: '2027-07-01T08:30:00.000Z', publishedAt: null, embargoViewers: ['press-1'] };

describe('awaitsPreviewBy', () => {
  it('is the named person’s from the scheduling until the publication', () => {
    expect(awaitsPreviewBy(scheduled, 'press-1')).toBe(true);
    expect(awaitsPreviewBy({ ...scheduled, publishAt: null }, 'press-1')).toBe(false);
    expect(awaitsPreviewBy({ ...scheduled, publishedAt: '2027-07-01T08:30:01.000Z' }, 'press-1')).toBe(false);
  });

  it('is no one else’s', () => {
    expect(awaitsPreviewBy(scheduled, 'lead-1')).toBe(false);
  });
});
