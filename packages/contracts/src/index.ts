export * from './primitives.ts';
export * from './command.ts';
export * from './event.ts';
export * from './events-catalog.ts';
export * from './inspection/http.ts';
export * from './inspection/commands.ts';
export * from './inspection/events.ts';
export * from './workflows/inspection.ts';
