export { startWorker } from './worker.ts';
export { workerConfig, type WorkerConfig } from './config.ts';
export { bundleWorkflows } from './workflow-source.ts';
