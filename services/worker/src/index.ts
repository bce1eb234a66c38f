export { startWorker } from './worker.ts';
export { workerConfig, type WorkerConfig } from './config.ts';
