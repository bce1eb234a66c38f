// What the global setups hand every test file: the addresses of the real components, and the development
// identity provider the services trust (its key lives in dataDir, so a test file can sign tokens offline).
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    natsUrl: string;
    temporalAddress: string;
    temporalNamespace: string;
    devIdp: { issuer: string; jwksUrl: string; audience: string; dataDir: string };
    /** YJI_PAYLOAD_KEYS for the services and workers under test: a fresh key per run. */
    payloadKeys: string;
    /** The suites that run workers (workflow-bundle-setup.ts): the run's workflow bundle. */
    workerBundlePath?: string;
  }
}
export {};
