// What a load run sends, said as data so that the load generator's thread (load-worker.ts) can build the
// requests itself: a scenario is named, and its sender keeps its state across the runs that use that name
// (a draft's version moves on with every save, warm-up included).
import { Agent, request } from 'undici';
import { outcomeOf, type Outcome } from './outcomes.ts';

export type Scenario =
  /** GET each of `urls` in turn. */
  | { kind: 'get'; urls: string[]; authorization?: string }
  /**
   * Save a one-answer draft of each task in turn, each naming the version it was based on, one save per task
   * in flight: a save goes to the next task without one, so every save can succeed (a 409 would be the
   * bench's error, not yji's). A send is skipped, and counted as skipped, only if every task has a save in
   * flight. The first save of each task (assigned → in progress, a signal to its workflow) should fall in a
   * warm-up.
   */
  | { kind: 'save-draft'; fieldworkUrl: string; taskIds: string[]; authorization: string };

export type Send = (i: number) => Promise<Outcome>;

// undici's `request` over kept-alive connections: about half the CPU of `fetch` per request (measured
// 2026-11-27: 135–215 against 263–473 µs for the baseline's answer), so the generator takes less of the
// machine from the side it measures; the same for both sides.
const client = new Agent({ keepAliveTimeout: 10_000 });

const get =
  ({ urls, authorization }: Extract<Scenario, { kind: 'get' }>): Send =>
  async (i) =>
    outcomeOf(
      await request(urls[i % urls.length]!, {
        dispatcher: client,
        headers: authorization ? { authorization } : {},
      }),
    );

function saveDraft({
  fieldworkUrl,
  taskIds,
  authorization,
}: Extract<Scenario, { kind: 'save-draft' }>): Send {
  const versions = new Map(taskIds.map((id) => [id, 0]));
  const busy = new Set<string>();
  return async (i) => {
    const taskId = taskIds
      .map((_, k) => taskIds[(i + k) % taskIds.length]!)
      .find((candidate) => !busy.has(candidate));
    if (!taskId) return { skipped: 'every task had a save in flight' };
    busy.add(taskId);
    try {
      const answer = await request(`${fieldworkUrl}/api/fieldwork/tasks/${taskId}/draft`, {
        dispatcher: client,
        method: 'PUT',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ version: versions.get(taskId), answers: { 'A1.1': i % 2 ? 'yes' : 'no' } }),
      });
      const outcome = await outcomeOf(answer);
      if (outcome === 'ok') versions.set(taskId, versions.get(taskId)! + 1);
      return outcome;
    } finally {
      busy.delete(taskId);
    }
  };
}

export const senderFor = (scenario: Scenario): Send =>
  scenario.kind === 'get' ? get(scenario) : saveDraft(scenario);
