import './provided.ts';
export { startSystem, testEnvironment, eventually } from './system.ts';
export { eventsOn } from './events.ts';
