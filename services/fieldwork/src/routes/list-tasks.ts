// GET /api/fieldwork/tasks: the caller's own tasks, soonest due first.
import { ASSESSOR_ROLES, TaskList, TaskListQuery } from '@yji/contracts';
import { errorResponses, requireRole, type App } from '@yji/service-kit';
import type { FieldworkDb } from '../db.ts';
import { toTaskSummary } from '../tasks/task-views.ts';

export function registerListTasks(app: App, db: FieldworkDb) {
  app.get(
    '/api/fieldwork/tasks',
    {
      onRequest: requireRole(...ASSESSOR_ROLES),
      schema: {
        tags: ['tasks'],
        summary: "The caller's own case tasks, by due date (none last); optionally in one state",
        querystring: TaskListQuery,
        response: { 200: TaskList, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const { userId } = request.principal;
      // Only inspections whose team has the caller as an assessor: a task left behind after the caller
      // left the team is no longer theirs to see.
      const memberships = await db.teamMembership.findMany({
        where: { userId, role: { in: [...ASSESSOR_ROLES] } },
        select: { inspectionId: true },
      });
      const tasks = await db.caseTask.findMany({
        where: {
          assigneeId: userId,
          inspectionId: { in: memberships.map((membership) => membership.inspectionId) },
          ...(request.query.state ? { state: request.query.state } : {}),
        },
        include: { review: true },
        orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { caseRef: 'asc' }],
      });
      return { tasks: tasks.map(toTaskSummary) };
    },
  );
}
