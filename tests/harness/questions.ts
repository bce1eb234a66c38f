// The questions that apply to a task as read, with their text and answers: a task names them by code, and
// their views are the framework's (GET /api/fieldwork/frameworks/:frameworkId/questions serves the same).
import { frameworkQuestionViews } from '@yji/contracts';
import { requireFramework } from '@yji/domain';
import type { Json } from './api.ts';

/** `task` is the task as GET /api/fieldwork/tasks/:taskId answers it. */
export function questionsOf(task: Json) {
  const applicable = new Set(task.applicableQuestions as string[]);
  return frameworkQuestionViews(requireFramework(task.frameworkId)).filter((view) =>
    applicable.has(view.code),
  );
}
