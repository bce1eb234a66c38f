import { closeOnSignals, loadConfig } from '@yji/service-kit';
import { ratingsConfig } from './config.ts';
import { startRatingsService } from './service.ts';

const service = await startRatingsService(loadConfig(ratingsConfig));
closeOnSignals(service.app, service.stop);
