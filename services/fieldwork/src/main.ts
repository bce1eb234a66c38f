import { closeOnSignals, loadConfig } from '@yji/service-kit';
import { fieldworkConfig } from './config.ts';
import { startFieldworkService } from './service.ts';

const service = await startFieldworkService(loadConfig(fieldworkConfig));
closeOnSignals(service.app, service.stop);
