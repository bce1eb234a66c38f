// A Temporal codec server (POST /encode, POST /decode), so an authorised operator can read yji's
// encrypted payloads in the Temporal UI or with `temporal … --codec-endpoint`. The payloads hold case
// references and decisions about children: only a person whose token (from yji's identity provider) carries
// the operator role may use it, and browsers may call it only from the Temporal UI's origins. Every use is
// audited in the codec server's own schema (who, which namespace, how many payloads, whether they could be
// decoded; never what they hold) before it is answered: when the entry cannot be written, nothing is.
import { EncryptionCodec, parsePayloadKeys } from '@yji/workflows';
import { problem } from '@yji/contracts';
import { appendAudit, type AuditActor } from '@yji/db';
import { authOptions, createApp, HttpError } from '@yji/service-kit';
import type { FastifyRequest } from 'fastify';
import type { CodecConfig } from './config.ts';
import { createDb } from './db.ts';
import { fromJson, PayloadsBody, toJson } from './payload-json.ts';

/** Histories are decoded a page of events at a time; a page's payloads fit in this. */
const BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/** The audit entry's entity: the Temporal namespace the payloads came from (the `X-Namespace` header). */
const NAMESPACE_ENTITY = 'temporal-namespace';
/** What the entry names when the caller sent no namespace, or one that is not a Temporal namespace's name. */
const NO_NAMESPACE = '(none)';
const NAMESPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;

/** The namespace header as the audit records it: a name, never whatever else a caller put there. */
function namespaceOf(request: FastifyRequest): string {
  const header = request.headers['x-namespace'];
  return typeof header === 'string' && NAMESPACE_NAME.test(header) ? header : NO_NAMESPACE;
}

export async function startCodecServer(config: CodecConfig, options: { logger?: boolean } = {}) {
  const codec = new EncryptionCodec(parsePayloadKeys(config.YJI_PAYLOAD_KEYS));
  const db = createDb(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const app = await createApp({
    service: 'codec-server',
    logger: options.logger,
    logLevel: config.LOG_LEVEL,
    http: config,
    auth: authOptions(config),
    readiness: {
      postgres: async () => void (await db.$queryRawUnsafe('SELECT 1')),
    },
    bodyLimitBytes: BODY_LIMIT_BYTES,
    corsOrigins: config.CODEC_CORS_ORIGINS,
  });

  const requireOperator = async (request: FastifyRequest) => {
    const roles = request.tokenClaims.roles;
    if (!Array.isArray(roles) || !roles.includes(config.CODEC_OPERATOR_ROLE)) {
      throw new HttpError(problem('forbidden', { needs: 'the operator role' }));
    }
  };

  /** The operator, with the role that let them in (a role yji's own principal leaves out). */
  const operatorOf = (request: FastifyRequest): AuditActor => ({
    userId: request.principal.userId,
    roles: [config.CODEC_OPERATOR_ROLE, ...request.principal.roles],
    requestId: request.id,
  });

  for (const [route, action, done, transform] of [
    ['/encode', 'payloads.encoded', 'encoded', (payloads) => codec.encode(payloads)],
    ['/decode', 'payloads.decoded', 'decoded', (payloads) => codec.decode(payloads)],
  ] as const satisfies readonly [
    string,
    string,
    string,
    (p: ReturnType<typeof fromJson>) => Promise<unknown>,
  ][]) {
    app.post(route, { onRequest: requireOperator, schema: { body: PayloadsBody } }, async (request) => {
      const payloads = fromJson(request.body);
      const transformed = await transform(payloads).then(
        (result) => ({ ok: true, payloads: result }) as const,
        () => ({ ok: false }) as const,
      );
      const namespace = namespaceOf(request);
      const outcome = transformed.ok ? done : 'undecodable';
      // Before the answer leaves: a failure here is a 5xx, and the payloads are not returned.
      const auditId = await appendAudit(db, {
        actor: operatorOf(request),
        action,
        entityType: NAMESPACE_ENTITY,
        entityId: namespace,
        details: { namespace, payloads: payloads.length, outcome },
      });
      request.log.info(
        { operator: request.principal.userId, namespace, payloads: payloads.length, outcome, auditId },
        action,
      );
      if (!transformed.ok) throw new HttpError(problem('undecodable'));
      return toJson(transformed.payloads);
    });
  }

  const url = await app.listen({ host: config.HOST, port: config.PORT });
  return {
    app,
    db,
    url,
    stop: async () => {
      await app.close();
      await db.$disconnect();
    },
  };
}
