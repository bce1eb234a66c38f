// A framework question as a form asks it (FrameworkQuestion), and every one a framework asks: served by the
// fieldwork service to API clients, and used by the portal's case form directly.
import type { z } from 'zod';
import {
  allowedValues,
  locatedQuestions,
  takesManyValues,
  type Framework,
  type KeyQuestion,
  type Question,
} from '@yji/domain';
import type { FrameworkQuestion } from './http.ts';

export type FrameworkQuestionView = z.input<typeof FrameworkQuestion>;

export function questionView(keyQuestion: KeyQuestion, question: Question): FrameworkQuestionView {
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

const viewsOfFramework = new WeakMap<Framework, readonly FrameworkQuestionView[]>();

/**
 * The views of every question the framework asks as an answer (not those yji records elsewhere, which no
 * case's applicable questions hold), in framework order. Made once per framework: frameworks are frozen.
 */
export function frameworkQuestionViews(framework: Framework): readonly FrameworkQuestionView[] {
  let views = viewsOfFramework.get(framework);
  if (!views) {
    views = Object.freeze(
      locatedQuestions(framework)
        .filter(({ question }) => !question.recordedElsewhere)
        .map(({ keyQuestion, question }) => Object.freeze(questionView(keyQuestion, question))),
    );
    viewsOfFramework.set(framework, views);
  }
  return views;
}
