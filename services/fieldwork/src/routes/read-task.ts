// GET /api/fieldwork/tasks/:taskId: the case as its assessor (or the lead inspector) works on it. Every
// read is audited before the answer leaves, in the statement that reads the task.
import { ASSESSOR_ROLES, TaskDetail } from '@yji/contracts';
import { actorOf, type App } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';
import { readableTask, taskRoute } from '../access/task-access.ts';
import { reviewForAssessor } from '../qa/assessor-view.ts';
import { toTaskDetail } from '../tasks/task-views.ts';

export function registerReadTask(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/tasks/:taskId',
    taskRoute([...ASSESSOR_ROLES, 'lead-inspector'], {
      summary: 'A case task: long-list facts, the questions that apply now, the saved draft and interview',
      description:
        'Only the assigned assessor and the inspection’s lead inspector may read a task; anyone else is ' +
        'told 404. Every read is audited.',
      response: { 200: TaskDetail },
    }),
    async (request) => {
      const { task, surroundings, lastReturn } = await readableTask(
        db,
        actorOf(request),
        request.params.taskId,
      );
      return { ...toTaskDetail(task, surroundings), review: reviewForAssessor(task.review, lastReturn) };
    },
  );
}
