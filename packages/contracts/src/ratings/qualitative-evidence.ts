// Evidence for a qualitative standard (004 ¶2.2, ¶3.12, ¶3.20, ¶3.22): per prompt a yes or no answer and a
// finding with its sources and, for case-file evidence, the cases. The ratings panel's proposals carry it. The
// rules beyond the shape (prompts of the standard, their answers, triangulation with cases) are
// packages/domain checkQualitativeEvidence.
import { EVIDENCE_SOURCES, PROMPT_ANSWERS } from '@yji/domain';
import { z } from 'zod';
import { CaseRef } from '../roles.ts';
import { FrameworkId } from '../primitives.ts';
import { freeText } from '../free-text.ts';

export const EvidenceSourceKind = z.enum(EVIDENCE_SOURCES);

export const EvidenceSource = z.strictObject({
  kind: EvidenceSourceKind,
  /** A title or a role, never a name. */
  description: freeText({ max: 200, min: 1 }).optional(),
  caseRefs: z.array(CaseRef).max(100).optional(),
});

export const PromptEvidence = z.strictObject({
  prompt: z.string().regex(/^\d\.\d\.\d[a-z]$/, "a prompt code such as '2.5.1a'"),
  /**
   * 004 ¶2.2: the prompt's yes or no answer. Optional in the shape, as proposals stored before prompts were
   * answered have none; the domain's checkQualitativeEvidence says when it is required (answersRequired).
   */
  answer: z.enum(PROMPT_ANSWERS).optional(),
  finding: freeText({ max: 8000, min: 1, multiLine: true }),
  sources: z.array(EvidenceSource).min(1).max(20),
});

export const QualitativeEvidenceBody = z.strictObject({
  framework: FrameworkId,
  standard: z.string().regex(/^\d\.\d$/, "a standard id such as '2.5'"),
  items: z.array(PromptEvidence).max(50),
});
export type QualitativeEvidenceBody = z.infer<typeof QualitativeEvidenceBody>;
