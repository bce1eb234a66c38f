// Every command the ratings service answers, each declared with its handler in its own module.
export { approveRatingsHandler } from './approve-ratings.ts';
export { openPanelHandler } from './open-panel.ts';
export { recordDecisionHandler } from './record-decision.ts';
export { purgePanelRationalesHandler } from './purge-inspection.ts';
