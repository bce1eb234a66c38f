// The activities the publication workflow calls; the worker implements each by sending one command over NATS
// (to the publication service, and each service's retention purge), except `retentionEnds`, which reads the
// worker's retention period.
import type {
  closeFactualCheck,
  openFactualCheck,
  publishReport,
  purgeFactualCheck,
  purgeFieldworkCases,
  purgeInspectionCases,
  schedulePublication,
} from '@yji/contracts';
import type { Command } from '../command-activities.ts';

export interface PublicationActivities {
  openFactualCheck: Command<typeof openFactualCheck>;
  closeFactualCheck: Command<typeof closeFactualCheck>;
  schedulePublication: Command<typeof schedulePublication>;
  publishReport: Command<typeof publishReport>;
  /** When the retention period after `publishedAt` ends (the deployment's RETENTION_PERIOD). */
  retentionEnds: (published: { publishedAt: string }) => Promise<string>;
  purgeInspectionCases: Command<typeof purgeInspectionCases>;
  purgeFieldworkCases: Command<typeof purgeFieldworkCases>;
  purgeFactualCheck: Command<typeof purgeFactualCheck>;
}
