import { closeOnSignals, loadConfig } from '@yji/service-kit';
import { portalConfig } from './config.ts';
import { startPortal } from './service.ts';

const portal = await startPortal(loadConfig(portalConfig));
closeOnSignals(portal.app, portal.db.$disconnect.bind(portal.db));
