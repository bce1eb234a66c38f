// Every HTTP route of the ratings service, a file each.
import type { Client } from '@temporalio/client';
import type { NatsConnection } from '@yji/messaging';
import type { App } from '@yji/service-kit';
import type { RatingsDb } from '../db.ts';
import { panelDecisions } from '../workflow/panel-decisions.ts';
import { registerApproveRatings } from './approve-ratings.ts';
import { registerDecideStandard } from './decide-standard.ts';
import { registerProposeRating } from './propose-rating.ts';
import { registerReadFinalRatings } from './read-final-ratings.ts';
import { registerReadOutcome } from './read-outcome.ts';
import { registerReadPanelPack } from './read-panel-pack.ts';
import { registerSetPanelSettings } from './set-panel-settings.ts';

export interface RatingsRoutesDeps {
  db: RatingsDb;
  temporal: Client;
  nc: NatsConnection;
  /** How long a panel decision's request waits for the workflow (DECISION_WAIT_MS). */
  decisionWaitMs: number;
}

export function registerRatingsRoutes(app: App, { db, temporal, nc, decisionWaitMs }: RatingsRoutesDeps) {
  const decide = panelDecisions.decider(temporal, decisionWaitMs);
  registerReadPanelPack(app, db, nc);
  registerProposeRating(app, db);
  registerSetPanelSettings(app, db);
  registerDecideStandard(app, db, decide);
  registerApproveRatings(app, db, decide);
  registerReadFinalRatings(app, db);
  registerReadOutcome(app, db, temporal);
}
