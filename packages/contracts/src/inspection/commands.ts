// Commands the inspection service answers over NATS request/reply.
import { z } from 'zod';
import { defineCommand } from '../command.ts';
import { FrameworkVersions } from './http.ts';
import { isoDate } from '../primitives.ts';
import { CaseRef } from '../roles.ts';
import { CaseFacts } from '../fieldwork/commands.ts';

export const recordInspection = defineCommand({
  subject: 'yji.inspection.cmd.record-inspection',
  request: z.strictObject({
    inspectionId: z.uuid(),
    yjs: z.strictObject({ name: z.string().min(1).max(200), code: z.string().min(1).max(20) }),
    fieldworkStart: isoDate,
    frameworks: FrameworkVersions,
  }),
  reply: z.object({ inspectionId: z.uuid(), created: z.boolean() }),
});

/** The long-list facts of one sampled case, for the fieldwork task; answered only for sampled cases. */
export const getCaseFacts = defineCommand({
  subject: 'yji.inspection.cmd.get-case-facts',
  request: z.strictObject({ inspectionId: z.uuid(), caseRef: CaseRef }),
  reply: CaseFacts,
});
