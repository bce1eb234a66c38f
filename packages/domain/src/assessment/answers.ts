// Answers are stored against (framework version, question code) (docs/domain.md §2). One representation
// everywhere: yes/no is 'yes' | 'no'; classifications and choices are their option values; explanation
// reasons and "select all that apply" are a list of option values; a per-factor grid (002 2.1.2) is an
// object from row to value; numbers are written in digits; notes and narratives are text.
import { z } from 'zod';

export const answerValueSchema = z.union([z.string(), z.array(z.string()), z.record(z.string(), z.string())]);
export type AnswerValue = string | readonly string[] | Readonly<Record<string, string>>;

export const answersSchema = z.record(z.string(), answerValueSchema);
export type Answers = Readonly<Record<string, AnswerValue>>;

// The inspector's rationale for a summary judgement, keyed by the summary's code (docs/domain.md §3 decision).
export const rationaleNotesSchema = z.record(z.string(), z.string());
export type RationaleNotes = Readonly<Record<string, string>>;

// The values an answer holds: itself, the items of a list, or the cells of a grid.
export function valuesOf(answer: AnswerValue | undefined): readonly string[] {
  if (answer === undefined) return [];
  if (typeof answer === 'string') return [answer];
  if (Array.isArray(answer)) return answer as readonly string[];
  return Object.values(answer);
}
