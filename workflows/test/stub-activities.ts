// Stand-ins for the activities (the worker's real ones send NATS commands to the services): each records
// its calls, answers at once unless a test makes it wait or refuse, and refuses the way the worker's
// activities do when a service refuses a command (a non-retryable CommandRejected failure).
import { ApplicationFailure } from '@temporalio/common';
import type { CaseAssessmentActivities } from '../src/index.ts';
import { sleep } from './workflow-kit.ts';

export interface Call {
  name: string;
  args: unknown[];
}

/** A command the service refused, as services/worker/src/activities/send.ts fails its activity. */
export const commandRejected = (code: string, message: string) =>
  ApplicationFailure.nonRetryable(message, 'CommandRejected', { code });

export function caseActivityStubs(
  behaviour: {
    /** How long assigning to `assigneeId` takes, or the refusal it meets. */
    assign?: (assigneeId: string) => { delayMs?: number; refuse?: ApplicationFailure } | undefined;
  } = {},
) {
  const calls: Call[] = [];
  const record = (name: string, args: unknown[]) => void calls.push({ name, args });
  const activities: CaseAssessmentActivities = {
    async createCaseTask(...args) {
      record('createCaseTask', args);
    },
    async assignCaseTask(...args) {
      const outcome = behaviour.assign?.(args[1]);
      if (outcome?.delayMs) await sleep(outcome.delayMs);
      if (outcome?.refuse) throw outcome.refuse;
      record('assignCaseTask', args);
    },
    async lockSubmittedTask(...args) {
      record('lockSubmittedTask', args);
    },
    async withdrawCaseTask(...args) {
      record('withdrawCaseTask', args);
    },
    async recordDeadlineEvent(...args) {
      record('recordDeadlineEvent', args);
    },
  };
  return { activities, calls, called: (name: string) => calls.filter((call) => call.name === name) };
}
