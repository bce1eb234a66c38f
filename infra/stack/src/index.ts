export { ensureStack, describeStack, type Stack } from './stack.ts';
export { freePort, tcpAnswers, waitUntil } from './probe.ts';
export { findExecutable } from './tools.ts';
export { paths } from './paths.ts';
export { devServerArgs, temporalCli, temporalNamespace } from './temporal.ts';
export { natsServerArgs, natsServerBinary } from './nats.ts';
export { supervise, DEFAULT_RESTART_POLICY, type Supervised, type RestartPolicy } from './supervisor.ts';
