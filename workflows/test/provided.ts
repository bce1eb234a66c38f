// What the workflow tests' global setup hands every test file.
declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    temporalNamespace: string;
    /** The workflow code, bundled once per run (bundling takes seconds; each test's worker reuses it). */
    workflowBundlePath: string;
  }
}
export {};
