// The activities the publication workflow calls; the worker implements each by sending one command to the
// publication service over NATS.
import type { closeFactualCheck, openFactualCheck, publishReport, schedulePublication } from '@yji/contracts';
import type { Command } from '../command-activities.ts';

export interface PublicationActivities {
  openFactualCheck: Command<typeof openFactualCheck>;
  closeFactualCheck: Command<typeof closeFactualCheck>;
  schedulePublication: Command<typeof schedulePublication>;
  publishReport: Command<typeof publishReport>;
}
