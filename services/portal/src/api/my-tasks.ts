// Every case task of the signed-in assessor, through the fieldwork API's pages (at most 200 tasks a page,
// soonest due first): an assessor's list spans every inspection they have worked on.
import type { z } from 'zod';
import type { TaskList, TaskState } from '@yji/contracts';
import type { ServiceApi } from './service-api.ts';

type TaskSummary = z.infer<typeof TaskList>['tasks'][number];

export async function myTasks(api: ServiceApi, state?: TaskState): Promise<TaskSummary[]> {
  const tasks: TaskSummary[] = [];
  let after: string | null = null;
  do {
    const query = new URLSearchParams({
      limit: '200',
      ...(state ? { state } : {}),
      ...(after ? { after } : {}),
    });
    const page: z.infer<typeof TaskList> = await api.get(`/api/fieldwork/tasks?${query}`);
    tasks.push(...page.tasks);
    after = page.next ?? null;
  } while (after);
  return tasks;
}
