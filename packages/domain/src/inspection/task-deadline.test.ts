import { describe, expect, it } from 'vitest';
import { isAssessorsToWorkOn, isBackWithAssessor, taskDeadline } from './task-deadline.ts';

const NOW = '2026-11-29T12:00:00.000Z';
const task = (state: string, dueAt: string | null, reminded = false, reviewState: string | null = null) => ({
  state,
  reviewState,
  dueAt,
  reminded,
});
/** A case QA returned that its assessor has not opened yet: still submitted, its review returned. */
const returned = (dueAt: string | null, reminded = false) => task('submitted', dueAt, reminded, 'returned');

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
    for (const reviewState of ['submitted', 'awaiting-qa', 'in-review', 'approved'])
      expect(
        taskDeadline(task('submitted', '2026-11-01T00:00:00.000Z', true, reviewState), NOW),
      ).toBeUndefined();
    expect(taskDeadline(task('assigned', null), NOW)).toBeUndefined();
    expect(taskDeadline(task('assigned', null, true), NOW)).toBe('due-soon');
  });

  it('labels a case QA returned as it will be while revised, before its assessor opens it', () => {
    expect(taskDeadline(returned('2026-11-28T23:59:59.999Z', true), NOW)).toBe('overdue');
    expect(taskDeadline(returned('2026-11-30T23:59:59.999Z', true), NOW)).toBe('due-soon');
    expect(taskDeadline(returned('2026-11-30T23:59:59.999Z'), NOW)).toBeUndefined();
    for (const dueAt of ['2026-11-28T23:59:59.999Z', '2026-11-30T23:59:59.999Z'])
      expect(taskDeadline(returned(dueAt, true), NOW)).toBe(
        taskDeadline(task('revising', dueAt, true, 'revising'), NOW),
      );
  });
});

describe('the case tasks that are their assessor’s to work on', () => {
  it('are the open ones and the cases QA returned, opened again or not', () => {
    for (const state of ['assigned', 'in-progress', 'revising'])
      expect(isAssessorsToWorkOn({ state, reviewState: null })).toBe(true);
    expect(isAssessorsToWorkOn({ state: 'submitted', reviewState: 'returned' })).toBe(true);
    expect(isAssessorsToWorkOn({ state: 'revising', reviewState: 'revising' })).toBe(true);
  });

  it('are not those unassigned, withdrawn, or submitted and with QA or approved', () => {
    for (const state of ['unassigned', 'withdrawn', 'submitted'])
      expect(isAssessorsToWorkOn({ state, reviewState: null })).toBe(false);
    for (const reviewState of ['submitted', 'awaiting-qa', 'in-review', 'approved'])
      expect(isAssessorsToWorkOn({ state: 'submitted', reviewState })).toBe(false);
  });

  it('count a case as back with its assessor from its return until it is submitted again', () => {
    expect(isBackWithAssessor({ reviewState: 'returned' })).toBe(true);
    expect(isBackWithAssessor({ reviewState: 'revising' })).toBe(true);
    for (const reviewState of [null, 'draft', 'submitted', 'awaiting-qa', 'in-review', 'approved'])
      expect(isBackWithAssessor({ reviewState })).toBe(false);
  });
});
