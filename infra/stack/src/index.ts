export { ensureStack, describeStack, type Stack } from './stack.ts';
export { temporalNamespace } from './temporal.ts';
export { freePort, tcpAnswers, waitUntil } from './probe.ts';
export { findExecutable } from './tools.ts';
export { paths } from './paths.ts';
