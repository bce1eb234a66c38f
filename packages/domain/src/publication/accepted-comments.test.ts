import { describe, expect, it } from 'vitest';
import { acceptedAfter } from './accepted-comments.ts';

const answered = (decision: 'accepted' | 'rejected', respondedAt: string, id: string) => ({
  id,
  response: { decision, respondedAt },
});

const comments = [
  answered('accepted', '2027-03-01T10:00:00.000Z', 'accepted-before'),
  answered('rejected', '2027-03-02T10:00:00.000Z', 'rejected-after'),
  answered('accepted', '2027-03-03T10:00:00.000Z', 'accepted-after'),
  { id: 'unanswered', response: null },
  answered('accepted', '2027-03-04T10:00:00.000Z', 'accepted-later'),
];

describe('acceptedAfter', () => {
  it('is the comments accepted after the version was saved, in their order', () => {
    const pending = acceptedAfter(comments, { editedAt: '2027-03-02T12:00:00.000Z' });
    expect(pending.map(({ id }) => id)).toEqual(['accepted-after', 'accepted-later']);
  });

  it('is none once the report is saved after every acceptance', () => {
    expect(acceptedAfter(comments, { editedAt: new Date('2027-03-05T09:00:00.000Z') })).toEqual([]);
  });

  it('counts an acceptance at the instant of the save as worked in', () => {
    expect(acceptedAfter(comments, { editedAt: '2027-03-04T10:00:00.000Z' })).toEqual([]);
  });

  it('is every accepted comment when nothing was saved, and never a rejected or unanswered one', () => {
    expect(acceptedAfter(comments, { editedAt: null }).map(({ id }) => id)).toEqual([
      'accepted-before',
      'accepted-after',
      'accepted-later',
    ]);
    expect(acceptedAfter([], { editedAt: null })).toEqual([]);
  });
});
