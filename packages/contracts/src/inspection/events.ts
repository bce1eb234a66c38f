import { z } from 'zod';
import { defineEvent } from '../event.ts';
import { CaseRef, UserId } from '../roles.ts';
import { Country, Programme2016 } from '../fieldwork/assessment-vocabulary.ts';

/**
 * An inspection was stored. `country` and `programme` are what its cases' rules need (domain
 * CaseContext.inspection); absent in events published before they were sent: England, no 2016 programme.
 * `yjsName` names the inspected service on the public pages; absent in events published before it was sent.
 */
export const inspectionCreated = defineEvent({
  subject: 'yji.inspection.inspection.created',
  payload: z.object({
    inspectionId: z.uuid(),
    yjsCode: z.string(),
    yjsName: z.string().optional(),
    fieldworkStart: z.string(),
    country: Country.optional(),
    programme: Programme2016.optional(),
  }),
});

/** A case left the sample; `replacedBy` took its place from the same stratum. The reason stays in the audit. */
export const caseExcluded = defineEvent({
  subject: 'yji.inspection.case.excluded',
  payload: z.object({ inspectionId: z.uuid(), caseRef: CaseRef, replacedBy: CaseRef }),
});

/** The lead inspector gave a confirmed case to another assessor. */
export const caseReassigned = defineEvent({
  subject: 'yji.inspection.case.reassigned',
  payload: z.object({ inspectionId: z.uuid(), caseRef: CaseRef, taskId: z.uuid(), assigneeId: UserId }),
});
