// The form control a question's answer scale needs, read from the domain's framework: radios for one value,
// checkboxes for several ("select all that apply", explanation reasons), a number box, a text box, or a grid
// of radios with one row per factor (002 2.1.2, 3.7.1, 4.19.1). Options carry the framework's own labels, and
// an answer reads back in them.
import { allowedValues, findQuestion, gridRows, requireFramework, takesManyValues } from '@yji/domain';
import type { AnswerScale, CellScale, Framework } from '@yji/domain';
import { humanise } from '../web/nunjucks-filters.ts';

type Answers = Readonly<Record<string, unknown>>;
interface Option {
  value: string;
  label: string;
}

/** A grid row's field: the question's field name, a colon, the row ("q.3.7.1:ete"); codes hold no colon. */
export const gridFieldNameOf = (name: string, row: string) => `${name}:${row}`;

/** Options with the scale's labels; yes/no and sufficiency carry none, so their values are worded ("Not known"). */
function labelled(scale: AnswerScale | CellScale): Option[] {
  const labels = new Map<string, string>(
    'options' in scale
      ? scale.options.map((option) => [option.value, option.label])
      : 'levels' in scale
        ? scale.levels.map((level) => [level.value, level.label])
        : [],
  );
  if (scale.type === 'classification' && scale.notRecorded)
    labels.set('not_recorded', scale.notRecorded.label);
  return (allowedValues(scale) ?? []).map((value) => ({
    value,
    label: labels.get(value) ?? humanise(value),
  }));
}

/** The rows of a grid with their labels: listed on the scale, or the options chosen at an earlier question. */
function rowsOf(framework: Framework, scale: Extract<AnswerScale, { type: 'grid' }>, answers: Answers) {
  const { rows } = scale;
  const source = 'chosenAt' in rows ? findQuestion(framework, rows.chosenAt)?.answers : undefined;
  const labels = new Map(
    ('chosenAt' in rows ? (source ? labelled(source) : []) : rows).map((row) => [row.value, row.label]),
  );
  return gridRows(framework, scale, answers as Parameters<typeof gridRows>[2]).map((value) => ({
    value,
    label: labels.get(value) ?? humanise(value),
  }));
}

export type AnswerControl =
  | { control: 'text' }
  | { control: 'number'; unit: string; codes: Option[] }
  | { control: 'radios' | 'checkboxes'; options: Option[] }
  | { control: 'grid'; options: Option[]; rows: Option[] };

export function answerControl(frameworkId: string, code: string, answers: Answers): AnswerControl {
  const framework = requireFramework(frameworkId);
  const scale = findQuestion(framework, code)?.answers ?? { type: 'text' as const };
  switch (scale.type) {
    case 'text':
      return { control: 'text' };
    case 'number':
      return { control: 'number', unit: scale.unit, codes: [...(scale.codes ?? [])] };
    case 'grid':
      return {
        control: 'grid',
        options: labelled(scale.cell),
        rows: rowsOf(framework, scale, answers),
      };
    default:
      return { control: takesManyValues(scale) ? 'checkboxes' : 'radios', options: labelled(scale) };
  }
}

/** An answer as one line of text: a list joined, a grid row by row; nothing (or an empty list) is "No answer". */
export const shownAnswer = (value: unknown): string =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
    ? 'No answer'
    : Array.isArray(value)
      ? value.join(', ')
      : typeof value === 'object'
        ? Object.entries(value)
            .map(([row, answer]) => `${row}: ${String(answer)}`)
            .join('; ')
        : String(value);

/** The answer in the words the form shows it in (the options' labels), for the read-only case. */
export function answerInWords(control: AnswerControl, value: unknown): string {
  if (!('options' in control)) return shownAnswer(value);
  const label = (option: unknown) =>
    control.options.find((candidate) => candidate.value === option)?.label ?? String(option);
  if (typeof value === 'string' && value) return label(value);
  if (Array.isArray(value)) return shownAnswer(value.map(label));
  if (control.control === 'grid' && value && typeof value === 'object') {
    const rows = new Map(control.rows.map((row) => [row.value, row.label]));
    return Object.entries(value)
      .map(([row, cell]) => `${rows.get(row) ?? row}: ${label(cell)}`)
      .join('; ');
  }
  return shownAnswer(value);
}
