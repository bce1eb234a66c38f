// Every command the publication service answers, each declared with its handler in its own module.
export { closeFactualCheckHandler } from './close-factual-check.ts';
export { openFactualCheckHandler } from './open-factual-check.ts';
export { publishReportHandler } from './publish-report.ts';
export { schedulePublicationHandler } from './schedule-publication.ts';
export { purgeFactualCheckHandler } from './purge-factual-check.ts';
