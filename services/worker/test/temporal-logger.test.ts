// The worker's logger for the Temporal SDK: what the SDK logs of a failed activity (its message, the failure
// attached) is written with the failure's kind and never its message, which can name a child's case.
import { Writable } from 'node:stream';
import { ApplicationFailure } from '@temporalio/activity';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { temporalLogger } from '../src/temporal-logger.ts';

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: temporalLogger(pino({ level: 'trace' }, stream)), lines };
}

describe("the Temporal SDK's log lines", () => {
  it('name a failed activity’s failure by its kind, never by what it says', () => {
    const { logger, lines } = capturedLogger();
    const refusal = ApplicationFailure.nonRetryable(
      'case C0007 already has another task',
      'CommandRejected',
      { code: 'case-has-task' },
    );
    // As the SDK's activity runner logs it (@temporalio/worker lib/activity.js).
    logger.warn('Activity failed', { error: refusal, durationMs: 12, activityType: 'createSampleTasks' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 40,
      msg: 'Activity failed',
      error: { name: 'ApplicationFailure', type: 'CommandRejected' },
      durationMs: 12,
      activityType: 'createSampleTasks',
    });
    expect(JSON.stringify(lines)).not.toContain('C0007');
  });

  it('keep a cause’s kind, and log at the level the SDK asked for', () => {
    const { logger, lines } = capturedLogger();
    const failure = new Error('workflow task failed for C0042', {
      cause: new TypeError('C0042 is not a number'),
    });
    logger.log('ERROR', 'Workflow task failed', { error: failure });
    logger.debug('Worker state changed', { state: 'RUNNING' });
    expect(lines[0]).toMatchObject({ level: 50, error: { name: 'Error', cause: { name: 'TypeError' } } });
    expect(lines[1]).toMatchObject({ level: 20, msg: 'Worker state changed', state: 'RUNNING' });
    expect(JSON.stringify(lines)).not.toContain('C0042');
  });

  it('withhold the text of a failure the native core forwards as a string', () => {
    const { logger, lines } = capturedLogger();
    logger.warn('Failing workflow task', {
      sdkComponent: 'core',
      failure: 'Failure { message: "case C0099 is not in the sample" }',
      run_id: 'a-run',
    });
    // And one that writes the error into its message.
    logger.error('Error thrown from JavaScript side: case C0099 is not in the sample', {
      sdkComponent: 'core',
    });
    expect(lines[0]).toMatchObject({ failure: '[withheld]', run_id: 'a-run', sdkComponent: 'core' });
    expect(lines[1]).toMatchObject({ msg: 'Error thrown from JavaScript side' });
    expect(JSON.stringify(lines)).not.toContain('C0099');
  });
});
