// Test support: the fieldwork service in this process against the real components the global setup
// provides, tokens from the development identity provider it runs, and ways to set up a task the way the
// workflow and the inspection service would (commands over NATS, team membership rows).
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createTask, assignTask, type DraftContent, type Role } from '@yji/contracts';
import { signDevToken } from '@yji/dev-idp';
import { connectNats, sendCommand } from '@yji/messaging';
import { testEnvironment } from '../../../tests/harness/test-environment.ts';
import { fieldworkConfig, startFieldworkService } from '../src/index.ts';

export const COURT_FACTS = {
  disposalType: 'referral_order',
  disposalStart: '2026-10-01',
  caseManager: 'CM-07',
  gender: 'male',
  ethnicity: 'white',
  safetyWellbeing: 'medium',
  riskOfSeriousHarm: 'medium',
} as const;

/** What a test reads from an answer: the error shape, a stale version's current draft, or anything else. */
export interface ResponseBody {
  error?: { code: string; message: string; details?: { code: string; message: string }[] };
  current?: DraftContent;
  [field: string]: unknown;
}

export function fieldworkTestConfig() {
  return fieldworkConfig.parse(testEnvironment('yji-fieldwork-test'));
}

export async function startFieldworkUnderTest(config = fieldworkTestConfig()) {
  const service = await startFieldworkService(config, { logger: false });
  const nc = await connectNats(config.NATS_URL, 'yji-fieldwork-test');
  const { issuer, audience, dataDir } = inject('devIdp');

  const tokenFor = (userId: string, roles: readonly Role[]) =>
    signDevToken({ issuer, audience, dataDir, userId, roles });

  /** A request as `userId` with `roles`, JSON in and out. */
  const call = async (
    as: { userId: string; roles: readonly Role[] },
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await tokenFor(as.userId, as.roles)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as ResponseBody) : undefined,
      text,
    };
  };

  /** What TeamMembership would hold after the inspection service's team event. */
  const joinTeam = (inspectionId: string, userId: string, role: Role) =>
    service.db.teamMembership.createMany({ data: [{ inspectionId, userId, role }], skipDuplicates: true });

  /** A task created and assigned as the case workflow's activities do it. */
  const assignedTask = async (
    assigneeId: string,
    options: { dueAt?: string; inspectionId?: string; frameworkId?: string } = {},
  ) => {
    const taskId = randomUUID();
    const inspectionId = options.inspectionId ?? randomUUID();
    await sendCommand(nc, createTask, {
      taskId,
      inspectionId,
      caseRef: `CASE-${taskId.slice(0, 8)}`,
      frameworkId: options.frameworkId ?? 'd2-v6.5',
      facts: COURT_FACTS,
    });
    await sendCommand(nc, assignTask, {
      taskId,
      assigneeId,
      dueAt: options.dueAt ?? '2026-12-20T17:00:00.000Z',
    });
    return { taskId, inspectionId };
  };

  const stop = async () => {
    await nc.drain();
    await service.stop();
  };
  return { ...service, nc, call, joinTeam, assignedTask, stop };
}
