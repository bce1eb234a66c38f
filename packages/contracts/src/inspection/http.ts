// The inspection service's HTTP bodies.
import { z } from 'zod';
import { isoDate } from '../primitives.ts';

/** Framework versions an inspection pins; checked against the domain's frameworks by the service. */
export const FrameworkVersions = z.strictObject({
  courtDisposals: z.string().min(1).max(40),
  outOfCourt: z.string().min(1).max(40),
  standards: z.string().min(1).max(40),
});

export const CreateInspectionBody = z.strictObject({
  yjs: z.strictObject({
    name: z.string().trim().min(1).max(200),
    /** The service's short code, e.g. the local authority code. */
    code: z
      .string()
      .trim()
      .regex(/^[A-Z0-9-]{2,20}$/, 'use 2 to 20 capital letters, digits or hyphens'),
  }),
  fieldworkStart: isoDate,
  frameworks: FrameworkVersions,
});
export type CreateInspectionBody = z.infer<typeof CreateInspectionBody>;

export const InspectionIdParams = z.strictObject({ id: z.uuid() });

export const CreatedInspection = z.object({ id: z.uuid() });
