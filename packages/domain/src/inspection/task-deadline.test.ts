import { describe, expect, it } from 'vitest';
import { taskDeadline } from './task-deadline.ts';

const NOW = '2026-11-29T12:00:00.000Z';
const task = (state: string, dueAt: string | null, reminded = false) => ({ state, dueAt, reminded });

describe("a case task's standing against its due date", () => {
  it('is overdue once an open task is past its due date, reminded or not', () => {
    for (const state of ['assigned', 'in-progress', 'revising']) {
      expect(taskDeadline(task(state, '2026-11-29T11:59:59.999Z'), NOW)).toBe('overdue');
      expect(taskDeadline(task(state, '2026-11-28T23:59:59.999Z', true), NOW)).toBe('overdue');
    }
  });

  it('is due soon once its reminder has come, and nothing before', () => {
    expect(taskDeadline(task('in-progress', '2026-11-30T23:59:59.999Z', true), NOW)).toBe('due-soon');
    expect(taskDeadline(task('in-progress', '2026-11-30T23:59:59.999Z'), NOW)).toBeUndefined();
    expect(taskDeadline(task('assigned', NOW), NOW)).toBeUndefined();
  });

  it('says nothing of a task that is not its assessor’s to work on, or has no due date', () => {
    for (const state of ['unassigned', 'submitted', 'withdrawn'])
      expect(taskDeadline(task(state, '2026-11-01T00:00:00.000Z', true), NOW)).toBeUndefined();
    expect(taskDeadline(task('assigned', null), NOW)).toBeUndefined();
    expect(taskDeadline(task('assigned', null, true), NOW)).toBe('due-soon');
  });
});
