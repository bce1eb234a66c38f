// The decision form puts each of the ratings service's refusals beside the field it is about, in the form's words.
import { describe, expect, it } from 'vitest';
import { refusalError } from './ratings-decision.ts';

describe("the decision form's words for the ratings service's refusals", () => {
  it('puts a rationale naming a sampled case beside the rationale, saying it is published', () => {
    expect(
      refusalError(
        'the decision does not fit the standard: rationale names a sampled case by its case reference; it is ' +
          'published with the report, so describe the case without it',
      ),
    ).toEqual({
      field: 'rationale',
      text: 'Take out the case references: a rationale may be published in the report',
    });
  });

  it('keeps a move the wrong way beside the rating moved to', () => {
    expect(
      refusalError('the decision does not fit the standard: "down" must move to a lower rating'),
    ).toMatchObject({ field: 'to' });
  });
});
