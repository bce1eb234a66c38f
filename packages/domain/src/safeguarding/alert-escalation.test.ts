import { describe, expect, it } from 'vitest';
import { isEscalatedTo } from './alert-escalation.ts';

const escalated = { escalatedAt: '2027-04-05T10:00:00.000Z', escalatesTo: 'qa-2' };
const secondPerson = { userId: 'qa-2', teamRoles: ['qa-reviewer'] };

describe('isEscalatedTo', () => {
  it('is the second named person’s once the alert has escalated to them', () => {
    expect(isEscalatedTo(escalated, secondPerson)).toBe(true);
    expect(isEscalatedTo({ ...escalated, escalatedAt: null }, secondPerson)).toBe(false);
  });

  it('is no one else’s, and not theirs once they may no longer be the second person', () => {
    expect(isEscalatedTo(escalated, { userId: 'qa-1', teamRoles: ['qa-reviewer'] })).toBe(false);
    expect(isEscalatedTo(escalated, { ...secondPerson, teamRoles: [] })).toBe(false);
    expect(isEscalatedTo(escalated, { ...secondPerson, teamRoles: ['yjs-contact'] })).toBe(false);
  });
});
