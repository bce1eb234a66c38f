// A framework question as the case form shows it (ApplicableQuestion): the fieldwork service for the questions
// that apply, the portal for the others its form keeps hidden until they apply.
import type { z } from 'zod';
import { allowedValues, takesManyValues, type KeyQuestion, type Question } from '@yji/domain';
import type { ApplicableQuestion } from './http.ts';

export function questionView(
  keyQuestion: KeyQuestion,
  question: Question,
): z.input<typeof ApplicableQuestion> {
  return {
    code: question.code,
    keyQuestion: keyQuestion.code,
    kind: question.kind,
    text: question.text,
    guidance: question.guidance ?? null,
    allowed: allowedValues(question.answers)?.slice() ?? null,
    multiple: takesManyValues(question.answers),
  };
}
