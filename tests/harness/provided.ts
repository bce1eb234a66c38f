// What the global setup hands every test file: the addresses of the real components.
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    natsUrl: string;
    temporalAddress: string;
    temporalNamespace: string;
  }
}
export {};
