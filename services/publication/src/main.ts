import { closeOnSignals, loadConfig } from '@yji/service-kit';
import { publicationConfig } from './config.ts';
import { startPublicationService } from './service.ts';

const service = await startPublicationService(loadConfig(publicationConfig));
closeOnSignals(service.app, service.stop);
