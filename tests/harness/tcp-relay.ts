// A TCP relay of a test's own to a component (Temporal), so the test can cut or stall the way a service
// reaches it without touching the shared server other work uses. Closed, it refuses connections and cuts
// those it carries; stalled, it holds every byte both ways (and takes new connections without passing them
// on) until it is resumed, then delivers what it held: a server that answers nothing, then answers late.
import { createServer, connect, type Server, type Socket } from 'node:net';

interface Pair {
  client: Socket;
  upstream: Socket;
}

export function relayTo(target: string) {
  const [host, port] = [target.split(':')[0]!, Number(target.split(':').at(-1))];
  const pairs = new Set<Pair>();
  let server: Server | undefined;
  let stalled = false;

  const flow = ({ client, upstream }: Pair) => client.pipe(upstream).pipe(client);
  const hold = ({ client, upstream }: Pair) => {
    client.unpipe(upstream);
    upstream.unpipe(client);
    client.pause();
    upstream.pause();
  };

  const open = (listenPort = 0) =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const pair = { client, upstream: connect(port, host) };
        pairs.add(pair);
        for (const socket of [pair.client, pair.upstream]) {
          socket.on('close', () => pairs.delete(pair));
          socket.on('error', () => socket.destroy());
        }
        if (stalled) hold(pair);
        else flow(pair);
      });
      server.listen(listenPort, '127.0.0.1', () => resolve((server!.address() as { port: number }).port));
    });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
      if (server) server.close(() => resolve());
      else resolve();
    });
  const stall = () => {
    stalled = true;
    for (const pair of pairs) hold(pair);
  };
  const resume = () => {
    stalled = false;
    for (const pair of pairs) flow(pair);
  };
  return { open, close, stall, resume };
}
