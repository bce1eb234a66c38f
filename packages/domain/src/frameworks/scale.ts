import type { AnswerScale } from './schema.ts';

// The values an answer scale accepts, or undefined for free text (any non-empty text).
export function allowedValues(scale: AnswerScale): readonly string[] | undefined {
  switch (scale.type) {
    case 'yes-no':
      return ['yes', 'no'];
    case 'classification':
      return scale.levels.map((level) => level.value);
    case 'choice':
    case 'reasons':
      return scale.options.map((option) => option.value);
    case 'sufficiency':
      // 002 Introduction: Sufficient/Insufficient; N/A only where the question offers it.
      return scale.notApplicable
        ? ['sufficient', 'insufficient', 'not_applicable']
        : ['sufficient', 'insufficient'];
    case 'text':
      return undefined;
  }
}
