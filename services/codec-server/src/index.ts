export { startCodecServer } from './codec-server.ts';
export { codecConfig, type CodecConfig } from './config.ts';
