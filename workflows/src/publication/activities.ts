// The activities the publication workflow calls; the worker implements each by sending one command over NATS
// (to the publication service, and each service's retention purge), except `retentionEnds`, which reads the
// worker's retention period.
import {
  closeFactualCheck,
  openFactualCheck,
  publishReport,
  purgeFactualCheck,
  purgeFieldworkCases,
  purgeInspectionCases,
  purgePanelRationales,
  schedulePublication,
} from '@yji/contracts';
import type { Command } from '../command-activities.ts';

/** The commands the publication workflow sends, each by the activity of the same name. */
export const PUBLICATION_COMMANDS = {
  openFactualCheck,
  closeFactualCheck,
  schedulePublication,
  publishReport,
  purgeInspectionCases,
  purgeFieldworkCases,
  purgeFactualCheck,
  purgePanelRationales,
};

export type PublicationActivities = {
  [Name in keyof typeof PUBLICATION_COMMANDS]: Command<(typeof PUBLICATION_COMMANDS)[Name]>;
} & {
  /** When the retention period after `publishedAt` ends (the deployment's RETENTION_PERIOD). */
  retentionEnds: (published: { publishedAt: string }) => Promise<string>;
};
