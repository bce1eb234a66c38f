// The development identity provider signs a token for anyone who asks. It must never stand in for a
// real provider, so it refuses to start where NODE_ENV says production.
export function refuseInProduction(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'the development identity provider refuses to run with NODE_ENV=production: ' +
        "point AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE at your organisation's OIDC provider",
    );
  }
}
