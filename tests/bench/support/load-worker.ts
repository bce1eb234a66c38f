// The load generator's thread: it builds each scenario's requests (load-scenarios.ts) and runs them open loop
// or closed loop, away from the bench's own thread. A thread has a heap of its own, and this one holds only
// the generator: its collector's pauses, which the requests due meanwhile count as latency, stay short. In
// the bench's thread (vitest, the harness, Prisma's clients) a full collection took 18–31 ms, and every slow
// stretch of a run began with one (timelines of 2026-11-27).
import { parentPort } from 'node:worker_threads';
import { senderFor, type Scenario, type Send } from './load-scenarios.ts';
import { openLoop } from './open-loop.ts';
import { saturation } from './saturation.ts';

export type Plan = { rate: number; seconds: number } | { clients: number; seconds: number };

export interface LoadOrder {
  id: number;
  /** Runs under one name share their sender's state. */
  name: string;
  scenario: Scenario;
  plan: Plan;
}

const senders = new Map<string, Send>();
const port = parentPort!;

async function run({ name, scenario, plan }: LoadOrder) {
  let send = senders.get(name);
  if (!send) senders.set(name, (send = senderFor(scenario)));
  return 'rate' in plan ? openLoop(send, plan) : saturation(send, plan);
}

port.on('message', (order: LoadOrder) => {
  run(order).then(
    (result) => port.postMessage({ id: order.id, result }),
    (error: unknown) => port.postMessage({ id: order.id, error: String(error) }),
  );
});
