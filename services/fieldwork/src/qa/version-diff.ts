// What changed between two submitted versions: each answer and rationale note by question code, and the
// case-context fields the assessor sets, with the value before and after (null when absent).
import type { DraftContent } from '@yji/contracts';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function keyedChanges(prefix: string, before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((key) => !same(before[key], after[key]))
    .map((key) => ({ field: `${prefix}${key}`, before: before[key] ?? null, after: after[key] ?? null }));
}

export function versionDiff(before: DraftContent, after: DraftContent): FieldChange[] {
  const context = (['inspectorClassification', 'relevantFactors', 'careExperience'] as const)
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
  return [
    ...keyedChanges('', before.answers, after.answers),
    ...keyedChanges('rationale.', before.rationale, after.rationale),
    ...context,
  ];
}
