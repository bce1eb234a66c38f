// What the global setup hands every test file: the addresses of the real components, and the development
// identity provider the services trust (its key lives in dataDir, so a test file can sign tokens offline).
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    natsUrl: string;
    temporalAddress: string;
    temporalNamespace: string;
    devIdp: { issuer: string; jwksUrl: string; audience: string; dataDir: string };
  }
}
export {};
