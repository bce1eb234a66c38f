// GET /api/fieldwork/tasks/:taskId: the case as its assessor (or the lead inspector) works on it. Every
// read is audited before the answer leaves.
import { ASSESSOR_ROLES, TaskDetail, TaskIdParams } from '@yji/contracts';
import { errorResponses, requireRole, type App } from '@yji/service-kit';
import { auditTask } from '../audit/audit-task.ts';
import type { FieldworkDb } from '../db.ts';
import { readableTask } from '../access/task-access.ts';
import { toTaskDetail } from '../tasks/task-views.ts';

export function registerReadTask(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/tasks/:taskId',
    {
      onRequest: requireRole(...ASSESSOR_ROLES, 'lead-inspector'),
      schema: {
        tags: ['tasks'],
        summary: 'A case task: long-list facts, the questions that apply now, the saved draft and interview',
        description:
          'Only the assigned assessor and the inspection’s lead inspector may read a task; anyone else is ' +
          'told 404. Every read is audited.',
        params: TaskIdParams,
        response: { 200: TaskDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const task = await readableTask(db, request.principal, request.params.taskId);
      const detail = toTaskDetail(task);
      await auditTask(db, request, task, 'case.read');
      return detail;
    },
  );
}
