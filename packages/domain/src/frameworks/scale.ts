import { NOT_RECORDED } from './scale-schema.ts';
import type { AnswerScale, CellScale } from './scale-schema.ts';

// The values an answer scale accepts (for a grid: in each row), or undefined where any value of a kind is
// accepted (free text; a number, checked against its bounds).
export function allowedValues(scale: AnswerScale | CellScale): readonly string[] | undefined {
  switch (scale.type) {
    case 'yes-no':
      return scale.third ? ['yes', 'no', scale.third] : ['yes', 'no'];
    case 'classification':
      return [...scale.levels.map((level) => level.value), ...(scale.notRecorded ? [NOT_RECORDED] : [])];
    case 'choice':
    case 'choices':
    case 'reasons':
      return scale.options.map((option) => option.value);
    case 'sufficiency':
      // 002 Introduction: Sufficient/Insufficient; N/A only where the question offers it.
      return scale.notApplicable
        ? ['sufficient', 'insufficient', 'not_applicable']
        : ['sufficient', 'insufficient'];
    case 'grid':
      return allowedValues(scale.cell);
    case 'number':
    case 'text':
      return undefined;
  }
}

// Whether the answer is a list of values (explanation reasons, "select all that apply").
export function takesManyValues(scale: AnswerScale): boolean {
  return scale.type === 'reasons' || scale.type === 'choices';
}
