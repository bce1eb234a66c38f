// Commands over a real NATS server: parsed on both sides, errors structured, values never echoed.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { defineCommand, problem } from '@yji/contracts';
import { connectNats, type NatsConnection } from './connection.ts';
import { CommandError, CommandRejected, sendCommand, serveCommand } from './commands.ts';

const suffix = randomUUID().slice(0, 8).replace(/[0-9]/g, 'x');
const addOne = defineCommand({
  subject: `yji.test.cmd.add-one-${suffix}`,
  request: z.strictObject({ n: z.number().int() }),
  reply: z.object({ result: z.number() }),
});

describe('commands over NATS request/reply', () => {
  let nc: NatsConnection;
  const errors: string[] = [];
  const logged: string[] = [];
  beforeAll(async () => {
    nc = await connectNats(inject('natsUrl'), 'yji-commands-test');
    serveCommand(
      nc,
      addOne,
      async ({ n }) => {
        // A refusal with details, as a rule naming the questions at fault answers.
        if (n === -2)
          throw new CommandRejected(
            problem('assessment-invalid', { findings: [{ code: 'A1.2', message: 'answer this question' }] }),
          );
        if (n < 0)
          throw new CommandRejected(problem('not-allowed-now', { reason: 'n must not be negative' }));
        if (n === 13) throw new Error('unlucky');
        // A handler defect: its own answer breaks the reply's contract (a value about a child, say).
        if (n === 7) return { result: 'secret-reply-value' } as unknown as { result: number };
        return { result: n + 1 };
      },
      {
        error: (details, message) => {
          errors.push(message);
          logged.push(JSON.stringify(details));
        },
        warn: () => {},
      },
    );
    await nc.flush();
  });
  afterAll(() => nc.drain());

  it('answers a valid request with the parsed reply', async () => {
    expect(await sendCommand(nc, addOne, { n: 41 })).toEqual({ result: 42 });
  });

  it('passes a rejection back as a CommandError with its code, and its details when it has them', async () => {
    const plain = sendCommand(nc, addOne, { n: -1 });
    await expect(plain).rejects.toMatchObject({ code: 'not-allowed-now', message: 'n must not be negative' });
    await expect(plain).rejects.toSatisfy((error: CommandError) => error.details === undefined);
    await expect(sendCommand(nc, addOne, { n: -2 })).rejects.toMatchObject({
      code: 'assessment-invalid',
      message: 'the assessment is not ready to submit: 1 problem(s)',
      details: [{ code: 'A1.2', message: 'answer this question' }],
    });
  });

  it('hides a crash behind an internal error and logs it', async () => {
    await expect(sendCommand(nc, addOne, { n: 13 })).rejects.toMatchObject({ code: 'internal' });
    expect(errors).toContain('command handler failed');
  });

  it('answers a reply that breaks its own contract with invalid-reply, which is not retried, and logs the fields without values', async () => {
    // A code other than internal or service-busy: the worker fails the activity for good instead of retrying
    // a defect that answers the same every time (an Update that would otherwise never finish).
    const refused = sendCommand(nc, addOne, { n: 7 });
    await expect(refused).rejects.toBeInstanceOf(CommandError);
    await expect(refused).rejects.toMatchObject({
      code: 'invalid-reply',
      details: [expect.objectContaining({ field: 'result' })],
    });
    await expect(refused).rejects.toSatisfy((error: Error) => /^result: /.test(error.message));
    await expect(refused).rejects.toSatisfy(
      (error: CommandError) =>
        !error.message.includes('secret-reply-value') &&
        !JSON.stringify(error.details).includes('secret-reply-value'),
    );
    expect(errors).toContain('command reply breaks its contract');
    const entry = logged.find((details) => details.includes('"issues"'))!;
    expect(entry).toContain('"field":"result"');
    expect(entry).not.toContain('secret-reply-value');
  });

  it('names the invalid fields of a request that bypassed the caller-side parse, without echoing values', async () => {
    const raw = await nc.request(
      addOne.subject,
      new TextEncoder().encode(JSON.stringify({ n: 'secret-value', extra: 1 })),
    );
    const outcome = raw.json<{ ok: boolean; error: { code: string; message: string; details: unknown } }>();
    expect(outcome.ok).toBe(false);
    expect(outcome.error.code).toBe('invalid-request');
    expect(outcome.error.message).toContain('n');
    expect(outcome.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'n' }),
        expect.objectContaining({ field: '(root)' }),
      ]),
    );
    expect(JSON.stringify(outcome.error)).not.toContain('secret-value');
  });

  it('refuses to send a request that does not match its schema, as the service would: a refusal, not a crash', async () => {
    // A CommandError with a code other than internal or service-busy is one the worker does not retry.
    const refused = sendCommand(nc, addOne, { n: 'secret-value' as unknown as number });
    await expect(refused).rejects.toBeInstanceOf(CommandError);
    await expect(refused).rejects.toMatchObject({
      code: 'invalid-request',
      details: [expect.objectContaining({ field: 'n' })],
    });
    await expect(refused).rejects.toSatisfy((error: Error) => /^n: /.test(error.message));
    await expect(refused).rejects.toSatisfy(
      (error: CommandError) =>
        !error.message.includes('secret-value') && !JSON.stringify(error.details).includes('secret-value'),
    );
  });

  it('waits for the reply as long as the command says its work may take, and no longer', async () => {
    // The retention purges say minutes: a sender that gave up at the default would send the purge again while
    // the first still ran.
    const slow = defineCommand({
      subject: `yji.test.cmd.slow-${suffix}`,
      request: z.strictObject({}),
      reply: z.object({ done: z.boolean() }),
      replyWithinMs: 3_000,
    });
    serveCommand(
      nc,
      slow,
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 800));
        return { done: true };
      },
      { error: () => {}, warn: () => {} },
    );
    await nc.flush();
    expect(await sendCommand(nc, slow, {})).toEqual({ done: true });
    await expect(sendCommand(nc, { ...slow, replyWithinMs: 200 }, {})).rejects.toThrow();
  });

  it('stops taking requests on shutdown, and answers those it took before it is stopped', async () => {
    const held = defineCommand({
      subject: `yji.test.cmd.held-${suffix}`,
      request: z.strictObject({}),
      reply: z.object({ done: z.boolean() }),
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const taken = new Promise<void>((resolve) => (started = resolve));
    const served = serveCommand(
      nc,
      held,
      async () => {
        started();
        await released;
        return { done: true };
      },
      { error: () => {}, warn: () => {} },
    );
    await nc.flush();
    const answer = sendCommand(nc, held, {});
    await taken;
    let stopped = false;
    const stopping = served.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await answer).toEqual({ done: true });
    // Stopped: a request now finds no one to answer it.
    await expect(sendCommand(nc, held, {}, { timeoutMs: 500 })).rejects.toThrow();
  });
});
