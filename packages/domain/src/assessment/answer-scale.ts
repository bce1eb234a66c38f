import { allowedValues, findQuestion } from '../frameworks/index.ts';
import type { AnswerScale, Framework } from '../frameworks/index.ts';
import { valuesOf, type AnswerValue, type Answers } from './answers.ts';

// Why an answer is outside its question's scale, or undefined when it fits. The reason never repeats the
// answer: answers are data about a child (docs/domain.md §7). It may name option values and row names,
// which are the framework's own. A grid that takes its rows from an earlier choice finds them in `answers`.
export function outsideScale(
  framework: Framework,
  scale: AnswerScale,
  value: AnswerValue,
  answers: Answers,
): string | undefined {
  switch (scale.type) {
    case 'reasons':
    case 'choices':
      return listProblem(scale.type === 'choices' ? scale.max : undefined, allowedValues(scale)!, value);
    case 'grid':
      return gridProblem(framework, scale, value, answers);
    case 'number':
      return numberProblem(scale, value);
    case 'text':
      if (typeof value !== 'string') return 'needs a single answer';
      return value.trim() === '' ? 'needs some text' : undefined;
    default: {
      const allowed = allowedValues(scale)!;
      if (typeof value !== 'string') return 'needs a single answer';
      return allowed.includes(value) ? undefined : `allows only ${allowed.join(', ')}`;
    }
  }
}

function listProblem(max: number | undefined, allowed: readonly string[], value: AnswerValue) {
  if (!Array.isArray(value) || value.length === 0) return 'needs one or more values';
  const list = value as readonly string[];
  if (new Set(list).size !== list.length) return 'repeats a value';
  if (max !== undefined && list.length > max) return `allows at most ${max} values`;
  return list.every((item) => allowed.includes(item)) ? undefined : `allows only ${allowed.join(', ')}`;
}

function numberProblem(scale: Extract<AnswerScale, { type: 'number' }>, value: AnswerValue) {
  const codes = scale.codes ?? [];
  const expected =
    `needs a whole number from ${scale.min} to ${scale.max} (${scale.unit})` +
    codes.map((code) => `, or ${code.value} (${code.label})`).join('');
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return expected;
  if (codes.some((code) => code.value === value)) return undefined;
  const number = Number(value);
  return number >= scale.min && number <= scale.max ? undefined : expected;
}

// The rows a grid answer must have: listed in the framework, or the options chosen at an earlier question
// (only its valid options: an answer outside them is reported there, and never repeated here).
export function gridRows(
  framework: Framework,
  scale: Extract<AnswerScale, { type: 'grid' }>,
  answers: Answers,
): readonly string[] {
  const { rows } = scale;
  if (!('chosenAt' in rows)) return rows.map((row) => row.value);
  const chosenAt = findQuestion(framework, rows.chosenAt);
  const options = chosenAt ? (allowedValues(chosenAt.answers) ?? []) : [];
  return valuesOf(answers[rows.chosenAt]).filter((value) => options.includes(value));
}

const isGrid = (value: AnswerValue): value is Readonly<Record<string, string>> =>
  typeof value !== 'string' && !Array.isArray(value);

// A grid answer within its scale may still leave rows to answer: a draft keeps it so, a submission does not
// (unansweredGridRows). Only a row the grid does not have, or a cell outside its scale, is outside it.
function gridProblem(
  framework: Framework,
  scale: Extract<AnswerScale, { type: 'grid' }>,
  value: AnswerValue,
  answers: Answers,
) {
  if (!isGrid(value)) return 'needs one answer per row';
  const rows = gridRows(framework, scale, answers);
  if (Object.keys(value).some((row) => !rows.includes(row))) {
    const from = 'chosenAt' in scale.rows ? ` (the options chosen at ${scale.rows.chosenAt})` : '';
    return `needs an answer for exactly the rows ${rows.join(', ') || '(none)'}${from}`;
  }
  const allowed = allowedValues(scale.cell)!;
  return Object.values(value).every((cell) => allowed.includes(cell))
    ? undefined
    : `allows only ${allowed.join(', ')} in each row`;
}

/** The rows of a grid answer still unanswered; none for an answer that is not a grid. */
export function unansweredGridRows(
  framework: Framework,
  scale: AnswerScale,
  value: AnswerValue,
  answers: Answers,
): readonly string[] {
  if (scale.type !== 'grid' || !isGrid(value)) return [];
  return gridRows(framework, scale, answers).filter((row) => value[row] === undefined);
}
