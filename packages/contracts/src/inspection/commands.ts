// Commands the inspection service answers over NATS request/reply.
import { z } from 'zod';
import { defineCommand, onInspection } from '../command.ts';
import { InspectionSettings } from './http.ts';
import { CaseRef, UserId } from '../roles.ts';
import { CaseFacts } from '../fieldwork/commands.ts';

export const recordInspection = defineCommand({
  subject: 'yji.inspection.cmd.record-inspection',
  request: InspectionSettings.extend({ inspectionId: z.uuid(), leadInspectorId: UserId }),
  reply: z.object({ inspectionId: z.uuid(), created: z.boolean() }),
});

/** The long-list facts of one sampled case, for the fieldwork task; answered only for sampled cases. */
export const getCaseFacts = defineCommand({
  subject: 'yji.inspection.cmd.get-case-facts',
  request: onInspection({ caseRef: CaseRef }),
  reply: CaseFacts,
});
