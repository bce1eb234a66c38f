// Saturation throughput (issue 12): how many requests a second the server answers when it is never left
// waiting. A closed loop of `clients` concurrent clients, each sending its next request the moment the
// previous one is answered, for `seconds`; the throughput is the successful answers over the time they took.
// A closed loop is the right tool here (unlike for latency, open-loop.ts): at saturation the question is
// the server's capacity, and a client that waits for its answer cannot overload it into measuring its
// own queue. Latency at saturation is mostly queueing behind the other clients and is reported for
// completeness only.
import { generatedRun, type Outcome } from './outcomes.ts';

export async function saturation(
  send: (i: number) => Promise<Outcome>,
  { clients, seconds }: { clients: number; seconds: number },
) {
  let elapsedSeconds = 0;
  const figures = await generatedRun(async (tally) => {
    const start = performance.now();
    let next = 0;
    const client = async () => {
      while (performance.now() < start + seconds * 1000) {
        const outcome = await tally.record(() => send(next++), performance.now());
        // A skipped send answers at once: let the event loop (and the server in it) run before the next.
        if (typeof outcome === 'object' && 'skipped' in outcome) await new Promise(setImmediate);
      }
    };
    await Promise.all(Array.from({ length: clients }, client));
    elapsedSeconds = (performance.now() - start) / 1000;
    return next;
  });
  /** Successful answers per second. */
  const throughput = Math.round(figures.ok / elapsedSeconds);
  return { clients, seconds, throughput, ...figures };
}
