import './provided.ts';
export { startSystem, testEnvironment, eventually } from './system.ts';
export { tokenFor } from './tokens.ts';
export { eventsOn } from './events.ts';
export { longListCsv } from './long-list.ts';
export { apiClient, inspectionBody, inspectionInFieldwork, type ApiCall, type ApiResponse } from './api.ts';
