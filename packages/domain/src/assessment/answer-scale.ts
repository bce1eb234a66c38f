import { allowedValues } from '../frameworks/index.ts';
import type { AnswerScale } from '../frameworks/index.ts';
import type { AnswerValue } from './answers.ts';

// Why an answer is outside its question's scale, or undefined when it fits. The reason never repeats the
// answer: answers are data about a child (DOMAIN.md §7).
export function outsideScale(scale: AnswerScale, value: AnswerValue): string | undefined {
  const allowed = allowedValues(scale);
  if (scale.type === 'reasons') {
    if (typeof value === 'string' || value.length === 0) return 'needs one or more reasons';
    if (new Set(value).size !== value.length) return 'repeats a reason';
    return value.every((reason) => allowed?.includes(reason))
      ? undefined
      : `allows only ${allowed?.join(', ')}`;
  }
  if (typeof value !== 'string') return 'needs a single answer';
  if (allowed === undefined) return value.trim() === '' ? 'needs some text' : undefined;
  return allowed.includes(value) ? undefined : `allows only ${allowed.join(', ')}`;
}
