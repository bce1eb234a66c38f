// The connection timeout (HTTP_CONNECTION_TIMEOUT_MS, Node's socket timeout) is for connections that carry
// nothing. Node also runs it while a request on the connection is being answered, and destroys the socket
// when it fires: under load a decision waiting for its workflow outlasted it and the client saw a dropped
// connection ("fetch failed", issue 12) instead of its answer. So it is switched off once a request is in;
// after the answer Node times the kept-alive connection with HTTP_KEEP_ALIVE_TIMEOUT_MS. A slow request is
// bounded elsewhere: by the route's own waits (DECISION_WAIT_MS) and the client's patience.
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

export function keepConnectionsWhileAnswering(app: FastifyInstance) {
  // On the HTTP server itself: a request injected in a test (light-my-request) has no socket to time.
  app.server.on('request', (request: IncomingMessage) => request.socket.setTimeout(0));
}
