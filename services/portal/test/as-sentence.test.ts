// A service's message on a page: a sentence, unless it begins with a name or a code, which keep their spelling.
import { describe, expect, it } from 'vitest';
import { asSentence } from '../src/api/as-sentence.ts';

describe('asSentence', () => {
  it('begins a message in plain words with a capital', () => {
    expect(asSentence('the inspection is in fieldwork; this can be done only while it is in sampling')).toBe(
      'The inspection is in fieldwork; this can be done only while it is in sampling',
    );
    expect(asSentence('decision not found')).toBe('Decision not found');
    expect(asSentence('draw a sample first')).toBe('Draw a sample first');
  });

  it('leaves a message that begins with a name, a code or a field as it is', () => {
    for (const message of [
      'inspector-1 is on the team',
      'd2-v6.5 has no question A9',
      'params.id: Invalid UUID',
      'C0001 is not in the sample',
      'The version sent is not the current version 3',
      '',
    ])
      expect(asSentence(message)).toBe(message);
  });
});
