import { closeOnSignals, loadConfig } from '@yji/service-kit';
import { codecConfig } from './config.ts';
import { startCodecServer } from './codec-server.ts';

const server = await startCodecServer(loadConfig(codecConfig));
closeOnSignals(server.app, server.db.$disconnect.bind(server.db));
