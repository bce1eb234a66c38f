// A complete, valid assessment of a case task, as an assessor would make it: medium concerns on both
// counts, and for a care-experienced child the home YJS assessed, so every gated question applies.
import { requireFramework, type CaseContext } from '@yji/domain';
import { completeAnswers } from '@yji/domain/testing';
import type { Json } from './api.ts';

/** `task` is the task as GET /api/fieldwork/tasks/:taskId answers it. */
export function completeAssessment(task: Json) {
  const context: CaseContext = {
    disposalType: task.facts.disposalType,
    inspectorClassification: { safetyWellbeing: 'medium', riskOfHarm: 'medium' },
    careExperience: { inspectedYjsIsHome: true, inspectedYjsAssessed: true },
  };
  const answers = completeAnswers(requireFramework(task.frameworkId), context);
  return {
    answers,
    /** The body of the first draft save: the first `count` answers and the context the rest depend on. */
    firstDraft: (count = 3) => ({
      version: 0,
      answers: Object.fromEntries(Object.entries(answers).slice(0, count)),
      inspectorClassification: context.inspectorClassification,
      careExperience: context.careExperience,
    }),
  };
}
