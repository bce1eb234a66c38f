// An inspection's quality-assurance policy: which submitted case assessments a QA reviewer moderates, and
// which of those reviews are blind. Decision throughout (docs/domain.md §1, §6 step 4): the seeds name no QA
// process; the inspectorate's public pages describe quality leads who dip-sample case assessments by
// inspectors and local assessors. Every figure is a per-inspection setting; the defaults are ours.
import { z } from 'zod';

/** The roles whose members assess cases (docs/domain.md §1), as the contracts' Role enum spells them. */
export type AssessorRole = 'inspector' | 'local-assessor';

const shareSchema = z.number().min(0, 'a share is at least 0').max(1, 'a share is at most 1');

export const QA_POLICY_DEFAULTS = {
  // One in four of an inspector's submissions; every local assessor's, since they are not inspectorate
  // staff (docs/domain.md §1).
  shareByRole: { inspector: 0.25, 'local-assessor': 1 },
  // At least one of each assessor's cases, so no one's work goes unseen.
  minimumPerAssessor: 1,
  everyFlagged: true,
  everySafeguardingAlert: true,
  // Half of the reviews are blind: enough pairs to measure agreement (agreement.ts) without making every
  // reviewer judge every case twice.
  blindShare: 0.5,
} as const;

export const qaPolicySchema = z.strictObject({
  /** Recorded with the inspection, so every choice can be drawn again and checked. */
  seed: z.string().trim().min(1, 'a seed is required').max(200),
  /**
   * Share of each assessor's submissions drawn for QA, by the assessor's role. A local assessor's is always
   * all of them (docs/domain.md §1: not inspectorate staff, their work always goes to QA), not a setting.
   */
  shareByRole: z
    .strictObject({
      inspector: shareSchema,
      'local-assessor': z
        .number()
        .refine((share): boolean => share === 1, {
          error: 'every local assessor’s case goes to QA: the share is 1',
        })
        .default(1),
    })
    .default(QA_POLICY_DEFAULTS.shareByRole),
  minimumPerAssessor: z.int().min(0).max(100).default(QA_POLICY_DEFAULTS.minimumPerAssessor),
  /** Every case its assessor flags for a second look goes to QA. */
  everyFlagged: z.boolean().default(QA_POLICY_DEFAULTS.everyFlagged),
  /** Every case with a safeguarding alert goes to QA. */
  everySafeguardingAlert: z.boolean().default(QA_POLICY_DEFAULTS.everySafeguardingAlert),
  /** Share of QA reviews done blind: the reviewer judges the key questions before seeing the assessor's answers. */
  blindShare: shareSchema.default(QA_POLICY_DEFAULTS.blindShare),
});

export type QaPolicy = z.output<typeof qaPolicySchema>;
