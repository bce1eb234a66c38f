export { startPublicationService } from './service.ts';
export { publicationConfig, type PublicationConfig } from './config.ts';
export { createDb, type PublicationDb } from './db.ts';
export { ratingsConsumerName } from './consumers/ratings-consumer.ts';
export { launchHeadlessChromium } from './pdf/headless-chromium.ts';
