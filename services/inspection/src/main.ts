import { closeOnSignals, loadConfig } from '@yji/service-kit';
import { inspectionConfig } from './config.ts';
import { startInspectionService } from './service.ts';

const service = await startInspectionService(loadConfig(inspectionConfig));
closeOnSignals(service.app, service.stop);
