// A service's own tests call it over HTTP as a person: a token from the global setup's development identity
// provider for `as`, JSON in and out (the headers and the text as sent too, for what a test must not find).
import { inject } from 'vitest';
import type { Role } from '@yji/contracts';
import { signDevToken } from '@yji/dev-idp';
import './provided.ts';

export function serviceCaller<ResponseBody>(baseUrl: string) {
  const { issuer, audience, dataDir } = inject('devIdp');
  return async (
    /** `unseeded`: roles the dev IdP's seed does not grant the user (a lead who also moderates, say). */
    as: { userId: string; roles: readonly Role[]; unseeded?: boolean },
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: Headers; body: ResponseBody | undefined; text: string }> => {
    const token = await signDevToken({
      issuer,
      audience,
      dataDir,
      userId: as.userId,
      roles: as.roles,
      ...(as.unseeded ? { allowUnseeded: true } : {}),
    });
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as ResponseBody) : undefined,
      text,
    };
  };
}
