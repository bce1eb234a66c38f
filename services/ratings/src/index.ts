export { startRatingsService } from './service.ts';
export { ratingsConfig, type RatingsConfig } from './config.ts';
export { createDb, type RatingsDb } from './db.ts';
export { assessmentConsumerName } from './consumers/assessment-consumer.ts';
