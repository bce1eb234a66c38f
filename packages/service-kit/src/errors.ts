// One error shape for every service: {error: {code, message, details}}. Validation errors name the
// fields and the rule broken, never the value sent (it may be about a child).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ErrorBody } from '@yji/contracts';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** A route's refusals for its OpenAPI document (and its serialiser): `response: { 200: View, ...errorResponses(403, 404) }`. */
export function errorResponses<const S extends number>(...statuses: S[]): Record<S, typeof ErrorBody> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorBody])) as Record<S, typeof ErrorBody>;
}

export const notFound = (what: string) => new HttpError(404, 'not-found', `${what} not found`);

export function errorHandler(error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpError) {
    return reply
      .status(error.statusCode)
      .send({ error: { code: error.code, message: error.message, details: error.details } });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((issue) => ({
      field: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: issue.message,
    }));
    return reply.status(400).send({
      error: {
        code: 'invalid-request',
        message: details.map((d) => `${d.field}: ${d.message}`).join('; '),
        details,
      },
    });
  }
  const statusCode = error.statusCode ?? 500;
  if (statusCode >= 500) {
    request.log.error({ err: { message: error.message, stack: error.stack } }, 'request failed');
    return reply
      .status(statusCode)
      .send({ error: { code: 'internal', message: 'something went wrong; it has been logged' } });
  }
  return reply
    .status(statusCode)
    .send({ error: { code: error.code ?? 'bad-request', message: error.message } });
}
