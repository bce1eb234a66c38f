// An open-loop load generator: request i is due at start + i / rate whatever happened to the ones before,
// and its latency is measured from that due time, not from when it was actually sent. A closed-loop tool
// (send, wait, send) slows down with the server and so hides queueing; this one charges it to the server.
import { generatedRun, type Outcome } from './outcomes.ts';

/** Sends `send(i)` at `rate` per second for `seconds`; a send answers its outcome (outcomes.ts). */
export async function openLoop(
  send: (i: number) => Promise<Outcome>,
  { rate, seconds }: { rate: number; seconds: number },
) {
  /** Requests due in the run: sent, plus those the sender skipped. */
  const due = Math.round(rate * seconds);
  const figures = await generatedRun(async (tally) => {
    const start = performance.now();
    const inFlight: Promise<unknown>[] = [];
    for (let i = 0; i < due; i++) {
      const dueAt = start + (i * 1000) / rate;
      // Never early: a request sent before its due time would count a latency below zero, and a timer's
      // clock (whole milliseconds, read once per turn of the loop) may wake it a little early.
      for (let wait = dueAt - performance.now(); wait > 0; wait = dueAt - performance.now())
        await new Promise((resolve) => setTimeout(resolve, wait));
      inFlight.push(tally.record(() => send(i), dueAt));
    }
    await Promise.all(inFlight);
    return due;
  });
  return { rate, seconds, due, ...figures };
}
