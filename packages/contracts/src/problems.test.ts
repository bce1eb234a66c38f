import { describe, expect, it } from 'vitest';
import {
  codesWithStatus,
  errorBodyWith,
  PROBLEM_CODES,
  PROBLEMS,
  problem,
  problemStatus,
  receivedProblem,
} from './problems.ts';

describe('the problem catalogue', () => {
  it('gives every code an HTTP status and a meaning', () => {
    for (const code of PROBLEM_CODES) {
      expect(code, code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(problemStatus(code), code).toBeGreaterThanOrEqual(200);
      expect(problemStatus(code), code).toBeLessThan(600);
      expect(PROBLEMS[code].meaning, code).toMatch(/\.$/);
    }
  });

  // A decision sent to a workflow is refused, not found, or still under way (lead-decisions.ts: once sent,
  // an Update cannot be called back, so a request that stops waiting answers 202, never "try again").
  it('holds the answers to a decision a workflow refused, or has not finished', () => {
    expect(problemStatus('not-allowed-now')).toBe(409);
    expect(problemStatus('not-found')).toBe(404);
    expect(problemStatus('decision-in-progress')).toBe(202);
  });

  it('writes the message (and the details) from the facts given', () => {
    expect(problem('not-found', { what: 'task' })).toEqual({ code: 'not-found', message: 'task not found' });
    expect(problem('stale-version', { current: 3 }).message).toBe(
      'the version sent is not the current version 3; reload and merge',
    );
    const issues = [
      { field: 'body.yjs.code', message: 'use 2 to 20 capital letters, digits or hyphens' },
      { field: 'body.sample.size', message: 'too small' },
    ];
    expect(problem('invalid-request', { issues })).toEqual({
      code: 'invalid-request',
      message: 'body.yjs.code: use 2 to 20 capital letters, digits or hyphens; body.sample.size: too small',
      details: issues,
    });
    expect(problem('invalid-json')).toEqual({ code: 'invalid-json', message: 'the body is not valid JSON' });
  });

  it('keeps the message of a problem made elsewhere, and reads an unknown code as a refusal of the moment', () => {
    expect(receivedProblem({ code: 'stale-version', message: 'as sent' })).toEqual({
      code: 'stale-version',
      message: 'as sent',
    });
    expect(receivedProblem({ code: 'from-a-newer-build', message: 'as sent' })).toEqual({
      code: 'not-allowed-now',
      message: 'as sent',
    });
  });

  it('keeps the details of a problem made elsewhere, and drops those of a code it does not know', () => {
    const refused = problem('assessment-invalid', {
      findings: [{ code: 'A1.2', message: 'this question needs an answer' }],
    });
    expect(receivedProblem(refused)).toEqual(refused);
    expect(receivedProblem({ code: 'from-a-newer-build', message: 'as sent', details: [1] })).toEqual({
      code: 'not-allowed-now',
      message: 'as sent',
    });
  });

  it('lists the codes of a status, and an error body takes no code outside those it lists', () => {
    expect(codesWithStatus(401)).toEqual(['unauthenticated']);
    expect(codesWithStatus(404)).toContain('not-found');
    const body = errorBodyWith(['not-found']);
    expect(body.safeParse({ error: { code: 'not-found', message: 'x not found' } }).success).toBe(true);
    expect(body.safeParse({ error: { code: 'forbidden', message: 'x' } }).success).toBe(false);
  });
});
