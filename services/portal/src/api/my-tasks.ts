// The signed-in assessor's case tasks from the fieldwork API, soonest due first: one page of the list
// (keyset paging, `after` the last task of the page before), or every page (an assessor's list spans every
// inspection they have worked on).
import type { z } from 'zod';
import { TASK_PAGE_MAX, type TaskList, type TaskState } from '@yji/contracts';
import type { ServiceApi } from './service-api.ts';

type TaskSummary = z.infer<typeof TaskList>['tasks'][number];

export interface TaskPageRequest {
  state?: TaskState;
  /** The task the page starts after; the first page without it. */
  after?: string;
  /** At most TASK_PAGE_MAX; the API's default page size without it. */
  limit?: number;
}

export function myTasksPage(api: ServiceApi, request: TaskPageRequest): Promise<z.infer<typeof TaskList>> {
  const query = new URLSearchParams({
    ...(request.limit ? { limit: String(request.limit) } : {}),
    ...(request.state ? { state: request.state } : {}),
    ...(request.after ? { after: request.after } : {}),
  });
  return api.get(`/api/fieldwork/tasks?${query}`);
}

export async function myTasks(api: ServiceApi, state?: TaskState): Promise<TaskSummary[]> {
  const tasks: TaskSummary[] = [];
  let after: string | undefined;
  do {
    const page = await myTasksPage(api, {
      limit: TASK_PAGE_MAX,
      ...(state ? { state } : {}),
      ...(after ? { after } : {}),
    });
    tasks.push(...page.tasks);
    after = page.next ?? undefined;
  } while (after);
  return tasks;
}
