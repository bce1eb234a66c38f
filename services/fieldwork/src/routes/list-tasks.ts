// GET /api/fieldwork/tasks: the caller's own tasks, soonest due first, a page at a time; each read audited.
import { ASSESSOR_ROLES, TaskList, TaskListQuery } from '@yji/contracts';
import { actorOf, errorResponses, requireRole, type App } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';
import { taskPage } from '../tasks/task-list-sql.ts';

export function registerListTasks(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/tasks',
    {
      onRequest: requireRole(...ASSESSOR_ROLES),
      schema: {
        tags: ['tasks'],
        summary:
          "The caller's own case tasks, by due date (none last); optionally in one state or one inspection; paged",
        description:
          'Only tasks on inspections whose team has the caller as an assessor: a task left behind after ' +
          'the caller left the team is no longer theirs to see. At most `limit` tasks (default 100, at ' +
          'most 200); `next`, when not null, is the `after` of the following page.',
        querystring: TaskListQuery,
        response: { 200: TaskList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { state, inspectionId, limit, after } = request.query;
      const page = await taskPage(db, {
        reader: actorOf(request),
        state,
        inspectionId,
        limit,
        after,
      });
      return { tasks: page.lines, next: page.next };
    },
  );
}
