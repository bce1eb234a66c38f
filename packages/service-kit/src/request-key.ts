// An Idempotency-Key whose request the service hands on rather than storing a row of its own — a decision sent
// to a workflow as an Update whose id comes from the key, say. The Update's id names the decision, the
// inspection, the person and the key, not what was asked, so a second request under the key (another case,
// another assessor) would be answered with the first's outcome and silently dropped. So the key is remembered
// once with a hash of the request it came with, and a request that is not that one is refused 422
// idempotency-key-reused before anything is sent; the same request goes on, and is the same decision. The key
// is tied to its first request even when that request is then refused: a refusal the workflow recorded would
// otherwise be answered for another request.
import type { FastifyRequest } from 'fastify';
import { IdempotencyKeyHeaders } from '@yji/contracts';
import type { InTransaction } from '@yji/db';
import { errorResponses, HttpError } from './errors.ts';
import { insertOnce } from './keyed-insert.ts';
import { refuseIfPurged } from './retention-guard.ts';
import { idempotentId, requestHash } from './temporal-idempotency.ts';

/**
 * A service's table of the keys its requests came with (id, inspectionId, requestHash), a Prisma model's
 * delegate. A hash of a short reason or rationale could be guessed back: the inspection's retention purge
 * deletes its keys.
 */
export interface RequestKeyTable {
  createMany(args: {
    data: { id: string; inspectionId: string; requestHash: string }[];
    skipDuplicates: true;
  }): Promise<{ count: number }>;
  findUniqueOrThrow(args: { where: { id: string } }): Promise<{ requestHash: string }>;
}

/** A service's client as the key check needs it: a transaction over its RequestKey table. */
export interface RequestKeyDb {
  $transaction<R>(fn: (tx: InTransaction & { requestKey: RequestKeyTable }) => Promise<R>): Promise<R>;
}

/** What a keyed route may say of how its request is known under a key. */
export interface RequestKeyOptions {
  /**
   * What stands for the body in the request's hash, the same for the same body and another for any other: by
   * default the body as validated. A body too large to hash as parsed (a long list of 100,000 rows, read as it
   * arrived) gives a digest of the bytes it arrived as.
   */
  bodyOf?: (request: FastifyRequest) => unknown;
}

/**
 * The hash of what the route checked of `request`: its method and route, and the path parameters, query and
 * body its schema validated (as validated: defaults filled in, keys in order; the body as `bodyOf` gives it),
 * never anything else it carried. A part the route takes none of (a body sent to a route without one) is not
 * the request's.
 */
function requestHashOf(request: FastifyRequest, bodyOf: (request: FastifyRequest) => unknown): string {
  const schema = (request.routeOptions.schema ?? {}) as {
    params?: unknown;
    querystring?: unknown;
    body?: unknown;
  };
  return requestHash({
    route: `${request.method} ${request.routeOptions.url}`,
    params: schema.params ? request.params : undefined,
    query: schema.querystring ? request.query : undefined,
    body: schema.body ? bodyOf(request) : undefined,
  });
}

const validatedBody = (request: FastifyRequest): unknown => request.body;

/**
 * Remembers the Idempotency-Key `request` (on inspection `inspectionId`) came with (none: nothing to
 * remember), with its request's hash:
 * the key's first request and its repeats pass, any other request under it by the same person is refused
 * (422 idempotency-key-reused), whatever became of the first. Call it once access and validation have passed,
 * before anything is changed or sent.
 */
async function refuseReusedKey(
  db: RequestKeyDb,
  request: FastifyRequest,
  inspectionId: string,
  bodyOf: (request: FastifyRequest) => unknown,
): Promise<void> {
  const key = (request.headers as IdempotencyKeyHeaders)['idempotency-key'];
  if (!key) return;
  const id = idempotentId('request-key', request.principal.userId, key);
  const sent = requestHashOf(request, bodyOf);
  // Under the inspection's retention lock, as every write of its data: a key stored after the purge would never
  // be deleted, and a short reason's hash could be guessed back. Once purged, the request is refused here.
  await db.$transaction(async (tx) => {
    await refuseIfPurged(tx, inspectionId, HttpError);
    await insertOnce({
      insert: () =>
        tx.requestKey.createMany({ data: [{ id, inspectionId, requestHash: sent }], skipDuplicates: true }),
      stored: () => tx.requestKey.findUniqueOrThrow({ where: { id } }),
      sent,
      asSent: (row) => row.requestHash,
    });
  });
}

/** What a keyed decision route says of its Idempotency-Key in its OpenAPI description. */
const REQUEST_KEY_DESCRIPTION =
  'Send an Idempotency-Key (a UUID, new for each request) to make a retry safe: the same key with the same ' +
  'request answers as the first did and is carried out once; the same key with another request (another ' +
  'body, case or inspection) answers 422 idempotency-key-reused and changes nothing, even when the first ' +
  'was refused (send a new key with a corrected request).';

/**
 * A team route's options (`teamRoute`'s, its params holding the inspection's id) for a decision that takes an
 * Idempotency-Key: the header, what its OpenAPI description says of the key, the 422; and, once access and
 * validation have passed and before the handler runs, a key sent before with another request refused.
 * `options.bodyOf`: what of the body the key is tied to, when not the body as validated.
 */
export function keyedDecisionRoute<
  const R extends {
    schema: { description: string; response: Record<number, unknown>; headers?: never };
    preHandler?: never;
  },
>(db: RequestKeyDb, route: R, { bodyOf = validatedBody }: RequestKeyOptions = {}) {
  return {
    ...route,
    schema: {
      ...route.schema,
      description: `${route.schema.description} ${REQUEST_KEY_DESCRIPTION}`,
      headers: IdempotencyKeyHeaders,
      response: { ...route.schema.response, ...errorResponses(422) },
    },
    preHandler: (request: FastifyRequest) =>
      refuseReusedKey(db, request, (request.params as { id: string }).id, bodyOf),
  };
}
