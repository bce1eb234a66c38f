// The activities the ratings panel workflow calls; the worker implements each by sending one command to the
// ratings service over NATS.
import type { approveRatings, openPanel, recordDecision } from '@yji/contracts';
import type { Command } from '../command-activities.ts';

export interface RatingsPanelActivities {
  openPanel: Command<typeof openPanel>;
  recordDecision: Command<typeof recordDecision>;
  approveRatings: Command<typeof approveRatings>;
}
