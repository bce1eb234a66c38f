// pino options for every service. Bodies are never logged; anything that might carry case data is
// redacted in case a handler logs it by mistake.
import type { FastifyServerOptions } from 'fastify';

export function loggerOptions(service: string): FastifyServerOptions['logger'] {
  return {
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.body',
        '*.answers',
        '*.notes',
        '*.payload',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: req.url.split('?')[0],
        id: req.id,
      }),
    },
  };
}
