import { commonEnv } from '@yji/service-kit';
import { z } from 'zod';

export const inspectionConfig = commonEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3001),
});
export type InspectionConfig = z.output<typeof inspectionConfig>;
