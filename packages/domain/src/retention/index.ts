export * from './retention-period.ts';
export * from './purged-sample.ts';
