// The stack runner's private NATS server: a real nats-server on a free port, with JetStream, gone after stop.
import { connect } from '@nats-io/transport-node';
import { describe, expect, it } from 'vitest';
import { ensureNats } from './nats.ts';
import { tcpAnswers } from './probe.ts';

describe('a private NATS server', () => {
  it('answers on its own port with JetStream, and stops', { timeout: 120_000 }, async () => {
    const saved = process.env.NATS_URL;
    delete process.env.NATS_URL;
    try {
      const part = await ensureNats(() => {}, { private: true });
      const { port } = new URL(part.address);
      expect(port).not.toBe('4222');
      const nc = await connect({ servers: part.address });
      expect(nc.info?.jetstream).toBe(true);
      await nc.close();
      await part.stop!();
      expect(await tcpAnswers('127.0.0.1', Number(port))).toBe(false);
    } finally {
      if (saved !== undefined) process.env.NATS_URL = saved;
    }
  });
});
