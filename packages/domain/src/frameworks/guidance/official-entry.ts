// The official layer: the organisation that owns the CARaG text loads it word for word beside our guidance.
// This is the stored shape (one file per framework version) that the CLI writes and a service reads.
import { z } from 'zod';
import type { DeepReadonly } from '../deep-freeze.ts';

export const OFFICIAL_FORMATS = ['markdown', 'json'] as const;
export type OfficialFormat = (typeof OFFICIAL_FORMATS)[number];

const officialEntrySchema = z.strictObject({
  code: z.string().regex(/^\S+$/),
  // Word for word as imported, blank lines around it removed.
  text: z.string().min(1),
  // Where the entry starts in the imported file, to trace it back (null where it could not be located).
  line: z.int().positive().nullable(),
});
export type OfficialEntry = z.infer<typeof officialEntrySchema>;

export const officialLayerSchema = z.strictObject({
  framework: z.string().min(1),
  // 1 for the first import, one more each time the layer is replaced.
  revision: z.int().positive(),
  importedAt: z.iso.datetime(),
  source: z.strictObject({
    name: z.string().min(1),
    format: z.enum(OFFICIAL_FORMATS),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  entries: z.array(officialEntrySchema).min(1),
});
export type OfficialLayer = DeepReadonly<z.infer<typeof officialLayerSchema>>;

/** A reason the imported file is refused; line is null where the problem is the file as a whole. */
export interface OfficialProblem {
  line: number | null;
  message: string;
}
