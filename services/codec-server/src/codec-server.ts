// A Temporal codec server (POST /encode, POST /decode), so an authorised operator can read yji's
// encrypted payloads in the Temporal UI or with `temporal … --codec-endpoint`. The payloads hold case
// references and decisions about children: only a person whose token (from yji's identity provider) carries
// the operator role may use it, each use is logged (who, which namespace, how many payloads; never what),
// and browsers may call it only from the Temporal UI's origins.
import { EncryptionCodec, parsePayloadKeys } from '@yji/workflows';
import { problem } from '@yji/contracts';
import { authOptions, createApp, HttpError } from '@yji/service-kit';
import type { FastifyRequest } from 'fastify';
import type { CodecConfig } from './config.ts';
import { fromJson, PayloadsBody, toJson } from './payload-json.ts';

/** Histories are decoded a page of events at a time; a page's payloads fit in this. */
const BODY_LIMIT_BYTES = 8 * 1024 * 1024;

export async function startCodecServer(config: CodecConfig, options: { logger?: boolean } = {}) {
  const codec = new EncryptionCodec(parsePayloadKeys(config.YJI_PAYLOAD_KEYS));
  const app = await createApp({
    service: 'codec-server',
    logger: options.logger,
    logLevel: config.LOG_LEVEL,
    http: config,
    auth: authOptions(config),
    readiness: {},
    bodyLimitBytes: BODY_LIMIT_BYTES,
    corsOrigins: config.CODEC_CORS_ORIGINS,
  });

  const requireOperator = async (request: FastifyRequest) => {
    const roles = request.tokenClaims.roles;
    if (!Array.isArray(roles) || !roles.includes(config.CODEC_OPERATOR_ROLE)) {
      throw new HttpError(problem('forbidden', { needs: 'the operator role' }));
    }
  };

  for (const [route, transform] of [
    ['/encode', (payloads) => codec.encode(payloads)],
    ['/decode', (payloads) => codec.decode(payloads)],
  ] as const satisfies readonly [string, (p: ReturnType<typeof fromJson>) => Promise<unknown>][]) {
    app.post(route, { onRequest: requireOperator, schema: { body: PayloadsBody } }, async (request) => {
      const payloads = fromJson(request.body);
      request.log.info(
        {
          operator: request.principal.userId,
          namespace: request.headers['x-namespace'],
          payloads: payloads.length,
        },
        `payloads ${route.slice(1)}d`,
      );
      try {
        return toJson(await transform(payloads));
      } catch {
        throw new HttpError(problem('undecodable'));
      }
    });
  }

  const url = await app.listen({ host: config.HOST, port: config.PORT });
  return { app, url, stop: () => app.close() };
}
