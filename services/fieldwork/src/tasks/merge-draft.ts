// A draft save names only what changed: its values replace the stored ones, null removes one.
import type { DraftContent, SaveDraftBody } from '@yji/contracts';

type Patch<T> = { [K in keyof T]?: T[K] | null };

function applyPatch<T extends object>(stored: T, patch: Patch<T> | undefined): T {
  const merged = { ...stored } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}

export function mergeDraft(stored: DraftContent, save: SaveDraftBody): Omit<DraftContent, 'version'> {
  const relevantFactors = applyPatch(stored.relevantFactors ?? {}, save.relevantFactors);
  return {
    answers: applyPatch(stored.answers, save.answers),
    rationale: applyPatch(stored.rationale, save.rationale),
    inspectorClassification: applyPatch(stored.inspectorClassification, save.inspectorClassification),
    relevantFactors: Object.keys(relevantFactors).length ? relevantFactors : null,
    careExperience: save.careExperience === undefined ? stored.careExperience : save.careExperience,
  };
}

/** For the audit: which question codes and context fields a save touched (never their values). */
export function touchedByDraft(save: SaveDraftBody) {
  return {
    questions: Object.keys(save.answers),
    rationale: Object.keys(save.rationale ?? {}),
    context: [
      ...Object.keys(save.inspectorClassification ?? {}).map((field) => `inspectorClassification.${field}`),
      ...Object.keys(save.relevantFactors ?? {}).map((field) => `relevantFactors.${field}`),
      ...(save.careExperience === undefined ? [] : ['careExperience']),
    ],
  };
}
