// Answers are stored against (framework version, question code) (DOMAIN.md §2). One representation
// everywhere: yes/no is 'yes' | 'no'; classifications and choices are their option values; explanation
// reasons are a list of option values; notes and narratives are text.
import { z } from 'zod';

export const answerValueSchema = z.union([z.string(), z.array(z.string())]);
export type AnswerValue = string | readonly string[];

export const answersSchema = z.record(z.string(), answerValueSchema);
export type Answers = Readonly<Record<string, AnswerValue>>;

// The inspector's rationale for a summary judgement, keyed by the summary's code (DOMAIN.md §3 decision).
export const rationaleNotesSchema = z.record(z.string(), z.string());
export type RationaleNotes = Readonly<Record<string, string>>;
