import { z } from 'zod';
import { defineEvent } from '../event.ts';

export const inspectionCreated = defineEvent({
  subject: 'yji.inspection.inspection.created',
  payload: z.object({ inspectionId: z.uuid(), yjsCode: z.string(), fieldworkStart: z.string() }),
});
