// Durability: nothing is lost and nothing happens twice.
//
// 1. The worker runs as an operating-system process of its own and is killed with SIGKILL twice in the
//    middle of fieldwork — once while the sample's confirmation is starting the case workflows and their
//    first activities are creating the case tasks, once while assessors' submissions are being locked —
//    and a fresh worker process takes over each time. The inspection carries on: every case ends
//    submitted, each case has one task and one case workflow, every saved answer is there at the version it
//    was saved, and each task's "submitted" event is stored once. A third time in quality assurance: with no
//    worker running, the reviewers approve every case; a fresh worker takes the inspection on to its ratings
//    panel, every approval heard once.
// 2. The same command sent twice over NATS, and the same team event delivered twice to the fieldwork
//    service's durable consumer, each take effect once.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import {
  EVENT_STREAM,
  assignTask,
  createTask,
  inspectionCreated,
  lockSubmittedTask,
  recordInspection,
  taskSubmitted,
  teamMemberAdded,
  type Role,
} from '@yji/contracts';
import { teamConsumerName } from '@yji/fieldwork';
import { sendCommand } from '@yji/messaging';
import { inspectionPhaseKey } from '@yji/workflows';
import {
  callerAs,
  carriedOut,
  caseManagerInterview,
  completeAssessment,
  daysFromNow,
  eventually,
  eventsOn,
  FIELDWORK_START_AHEAD,
  inspectionBody,
  longListCsv,
  useSystem,
  type Json,
} from '../harness/index.ts';
import { startWorkerProcess, type WorkerProcess } from '../harness/worker-process.ts';

const SAMPLE_SIZE = 8;
const PEOPLE: [string, Role][] = [
  ['lead-1', 'lead-inspector'],
  ['inspector-1', 'inspector'],
  ['inspector-2', 'inspector'],
  ['assessor-1', 'local-assessor'],
  ['qa-1', 'qa-reviewer'],
];
/**
 * After a SIGKILL, Temporal hands the dead worker's work to another only when it times out: a workflow
 * task after 10 s, an activity after its 30 s start-to-close timeout. Wait well beyond that.
 */
const AFTER_RESTART_MS = 120_000;

/** Polling every 10 ms, to catch a moment in the middle of the work. */
const SOONEST = { intervalMs: 10, timeoutMs: 30_000 };
/** After a worker restart. */
const RESTARTED = { timeoutMs: AFTER_RESTART_MS };

/** A request whose answer can be checked for later, without awaiting it now. */
function pending<T>(promise: Promise<T>) {
  const state = { settled: false, promise };
  void promise.then(
    () => (state.settled = true),
    () => (state.settled = true),
  );
  return state;
}

// The submissions sent while no worker runs wait for the new one (they would answer 202 past SUBMIT_WAIT_MS;
// submission-in-progress.test.ts is about that): here each request's own answer is checked.
const system = useSystem({ worker: false, env: { SUBMIT_WAIT_MS: String(2 * AFTER_RESTART_MS) } });
const callers = new Map(PEOPLE.map(([userId, role]) => [userId, callerAs(system, userId, [role])]));
const call = (user: string, method: string, path: string, body?: unknown) =>
  callers.get(user)!(method, path, body);
const lead = callers.get('lead-1')!;

describe('a worker killed in the middle of fieldwork', () => {
  const workers: WorkerProcess[] = [];
  const startWorker = async () => {
    const worker = await startWorkerProcess(system.env);
    workers.push(worker);
    return worker;
  };

  afterAll(async () => {
    for (const worker of workers) await worker.stop();
  });

  it('carries on with a new worker: no answer lost, no case duplicated, each event once', async () => {
    let worker = await startWorker();

    const created = await lead(
      'POST',
      '/api/inspections',
      inspectionBody(FIELDWORK_START_AHEAD, SAMPLE_SIZE),
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const at = (path: string) => `/api/inspections/${id}${path}`;
    const members = PEOPLE.filter(([, role]) => role !== 'lead-inspector').map(([userId, role]) => ({
      userId,
      role,
    }));
    expect((await lead('PUT', at('/team'), { members })).status).toBe(200);
    // Every case to QA, none blind: the reviewer approves each as it comes.
    const policy = { seed: 'durability', shareByRole: { inspector: 1, 'local-assessor': 1 }, blindShare: 0 };
    expect((await lead('PUT', at('/qa-settings'), { policy })).status).toBe(200);
    expect((await lead('POST', at('/long-list'), longListCsv(FIELDWORK_START_AHEAD, 40))).status).toBe(200);
    const drawn = await lead('POST', at('/sample'), { seed: 'durability' });
    expect(drawn.status).toBe(200);
    const sampleCases = (drawn.body.selected as Json[]).map((entry) => entry.caseRef as string).sort();
    expect(sampleCases).toHaveLength(SAMPLE_SIZE);

    // Kill 1: the confirmation is an Update whose handler stores the sample, creates every case's task in
    // one activity and then starts one case workflow per case. The worker dies as soon as the first task
    // exists, with the Update unanswered and the children not yet started (or being started).
    const tasksOf = () => system.fieldworkDb.caseTask.findMany({ where: { inspectionId: id } });
    const confirm = pending(lead('POST', at('/sample/confirm')));
    const tasksAtKill = await eventually(
      'the first case task',
      async () => {
        const count = await system.fieldworkDb.caseTask.count({ where: { inspectionId: id } });
        return count > 0 ? count : undefined;
      },
      SOONEST,
    );
    await worker.kill();
    const confirmAnsweredAtKill = confirm.settled;
    console.info(
      `kill 1: ${tasksAtKill}/${SAMPLE_SIZE} tasks existed; confirmation answered: ${confirmAnsweredAtKill}`,
    );
    // The confirmation answers only once every case workflow has started, after the first task exists.
    expect(confirmAnsweredAtKill).toBe(false);

    worker = await startWorker();
    // The request waits DECISION_WAIT_MS at most: if the new worker took longer, it answered 202 and its
    // Location says when the confirmation is done (docs/architecture.md).
    expect((await carriedOut(lead, await confirm.promise)).status).toBe(200);
    expect((await lead('GET', at(''))).body.workflow.phase).toBe('fieldwork');

    await eventually(
      'every case task to exist',
      async () => {
        const progress = await lead('GET', at('/progress'));
        return progress.body.totals?.cases === SAMPLE_SIZE ? progress : undefined;
      },
      RESTARTED,
    );
    expect((await lead('POST', at('/assignments'), { mode: 'auto' })).status).toBe(200);
    const assigned = await eventually(
      'every case to be assigned',
      async () => {
        const progress = await lead('GET', at('/progress'));
        return progress.body.totals?.byState?.assigned === SAMPLE_SIZE ? progress.body : undefined;
      },
      RESTARTED,
    );

    // Every assessor reads their tasks and saves a first draft (version 1) with a few answers.
    interface Work {
      assessor: string;
      taskId: string;
      path: string;
      answers: Record<string, unknown>;
      saved: Record<string, unknown>;
      version: number;
    }
    const work: Work[] = [];
    for (const assessor of new Set((assigned.cases as Json[]).map((entry) => entry.assigneeId as string))) {
      const list = await call(assessor, 'GET', `/api/fieldwork/tasks?inspectionId=${id}`);
      for (const summary of list.body.tasks as Json[]) {
        const path = `/api/fieldwork/tasks/${summary.taskId}`;
        const task = await call(assessor, 'GET', path);
        expect(task.status).toBe(200);
        const { answers, firstDraft } = completeAssessment(task.body);
        const first = firstDraft();
        const saved = await call(assessor, 'PUT', `${path}/draft`, first);
        expect(saved.status).toBe(200);
        expect(saved.body.version).toBe(1);
        const interview = await call(assessor, 'PUT', `${path}/interview`, caseManagerInterview());
        expect(interview.status).toBe(200);
        work.push({ assessor, taskId: summary.taskId, path, answers, saved: first.answers, version: 1 });
      }
    }
    expect(work).toHaveLength(SAMPLE_SIZE);

    const completeAndSubmit = async (item: Work) => {
      const completed = await call(item.assessor, 'PUT', `${item.path}/draft`, {
        version: item.version,
        answers: item.answers,
      });
      expect(completed.status).toBe(200);
      item.version = completed.body.version as number;
      item.saved = { ...item.saved, ...item.answers };
      return pending(call(item.assessor, 'POST', `${item.path}/submit`, { version: item.version }));
    };

    // Kill 2: half the assessors submit at once (each submission is an Update whose activity locks the task
    // and writes its "submitted" event); the worker dies as soon as the first lock is committed.
    const half = Math.floor(SAMPLE_SIZE / 2);
    const submissions = await Promise.all(work.slice(0, half).map(completeAndSubmit));
    const lockedAtKill = await eventually(
      'the first submission to be locked',
      async () => {
        const count = await system.fieldworkDb.caseTask.count({
          where: { inspectionId: id, state: 'submitted' },
        });
        return count > 0 ? count : undefined;
      },
      SOONEST,
    );
    await worker.kill();
    console.info(
      `kill 2: ${lockedAtKill}/${half} submissions locked; ` +
        `${submissions.filter((entry) => entry.settled).length} answered`,
    );

    // With no worker running, the other assessors still save their answers, and submit.
    for (const item of work.slice(half)) submissions.push(await completeAndSubmit(item));
    expect(submissions.some((entry) => !entry.settled)).toBe(true);

    // The third worker is stopped with the others in afterAll.
    await startWorker();
    for (const [index, submission] of submissions.entries()) {
      const outcome = await submission.promise;
      expect(outcome.status, `${work[index]!.taskId}: ${JSON.stringify(outcome.body)}`).toBe(200);
      expect(outcome.body.state).toBe('submitted');
    }

    // The inspection carries on: every case ends submitted.
    const finished = await eventually(
      'every case to show submitted',
      async () => {
        const progress = await lead('GET', at('/progress'));
        return progress.body.totals?.allSubmitted ? progress.body : undefined;
      },
      RESTARTED,
    );
    expect(finished.totals).toMatchObject({ cases: SAMPLE_SIZE, byState: { submitted: SAMPLE_SIZE } });

    // No case duplicated: one sampled case and one task per case, the same task ids on both sides.
    const sampled = await system.inspectionDb.sampledCase.findMany({ where: { inspectionId: id } });
    const tasks = await tasksOf();
    expect(sampled.map((entry) => entry.caseRef).sort()).toEqual(sampleCases);
    expect(tasks.map((task) => task.caseRef).sort()).toEqual(sampleCases);
    expect(new Map(tasks.map((task) => [task.caseRef, task.id]))).toEqual(
      new Map(sampled.map((entry) => [entry.caseRef, entry.taskId])),
    );
    expect(tasks.every((task) => task.state === 'submitted')).toBe(true);

    // No answer lost: each task holds every answer at the version it was last saved, and its draft history
    // is the two saves that were made (versions 1 and 2), each once.
    for (const item of work) {
      const task = tasks.find((entry) => entry.id === item.taskId)!;
      expect(task.version).toBe(2);
      expect(item.version).toBe(2);
      expect(Object.keys(task.answers as object).sort()).toEqual(Object.keys(item.saved).sort());
      expect(task.answers).toEqual(item.saved);
    }
    const fieldworkAudit = await system.fieldworkDb.auditEntry.findMany({ where: { inspectionId: id } });
    const auditOf = (action: string) =>
      fieldworkAudit.filter((entry) => entry.action === action).map((entry) => entry.entityId);
    const taskIds = work.map((item) => item.taskId).sort();
    expect(auditOf('task.created').sort()).toEqual(taskIds);
    expect(auditOf('task.locked').sort()).toEqual(taskIds);
    expect(auditOf('task.submitted').sort()).toEqual(taskIds);
    expect(auditOf('task.draft-saved').sort()).toEqual([...taskIds, ...taskIds].sort());

    // One case workflow per case, each run once and completed (visibility is eventually consistent).
    const children = await eventually('the case workflows to be visible as completed', async () => {
      const found: { workflowId: string; status: string }[] = [];
      for await (const execution of system.temporal.workflow.list({
        query: `ParentWorkflowId = '${id}'`,
      })) {
        found.push({ workflowId: execution.workflowId, status: execution.status.name });
      }
      return found.length >= SAMPLE_SIZE && found.every((entry) => entry.status === 'COMPLETED')
        ? found
        : undefined;
    });
    expect(children.map((entry) => entry.workflowId).sort()).toEqual(
      sampled.map((entry) => `case-assessment-${entry.taskId}`).sort(),
    );
    expect((await system.temporal.workflow.count(`ParentWorkflowId = '${id}'`)).count).toBe(SAMPLE_SIZE);

    // Each task's "submitted" fact was written once and is on the stream once.
    const outbox = await eventually('the submitted events to be published', async () => {
      const rows = await system.fieldworkDb.outboxMessage.findMany({
        where: { subject: taskSubmitted.subject, payload: { path: ['inspectionId'], equals: id } },
      });
      return rows.length >= SAMPLE_SIZE && rows.every((row) => row.publishedAt) ? rows : undefined;
    });
    expect(outbox.map((row) => (row.payload as Json).taskId).sort()).toEqual(taskIds);
    const published = (await eventsOn(system.nc, taskSubmitted.subject)).filter(
      (event) => (event.payload as Json).inspectionId === id,
    );
    expect(published.map((event) => (event.payload as Json).taskId).sort()).toEqual(taskIds);
    expect(published.map((event) => event.msgId).sort()).toEqual(outbox.map((row) => row.id).sort());

    // Kill 3, in quality assurance: the inspection moved on by itself once every case was submitted.
    const phase = async () => (await lead('GET', at(''))).body.workflow.phase as string;
    await eventually('quality assurance', async () =>
      (await phase()) === 'quality-assurance' ? true : undefined,
    );
    await workers.at(-1)!.kill();
    // With no worker running, the reviewer works the whole queue (fieldwork's own routes).
    const reviewer = callers.get('qa-1')!;
    const queue = await eventually('every case waiting for QA', async () => {
      const listed = await reviewer('GET', `/api/fieldwork/reviews?inspectionId=${id}`);
      return listed.body.reviews?.length === SAMPLE_SIZE ? (listed.body.reviews as Json[]) : undefined;
    });
    for (const entry of queue) {
      const path = `/api/fieldwork/reviews/${entry.taskId}`;
      const claimed = await reviewer('POST', `${path}/claim`, { version: entry.version });
      expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
      const approved = await reviewer('POST', `${path}/approve`, { version: claimed.body.version });
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    }
    // No worker to answer a Query: the phase the workflow last recorded for visibility.
    const described = await system.temporal.workflow.getHandle(id).describe();
    expect(described.typedSearchAttributes.get(inspectionPhaseKey)).toBe('quality-assurance');
    await startWorker();
    await eventually(
      'the ratings panel',
      async () => ((await phase()) === 'ratings-panel' ? true : undefined),
      RESTARTED,
    );
    // Each approval reached the inspection once: one signal per case, each case's approval counted.
    const history = await system.temporal.workflow.getHandle(id).fetchHistory();
    const approvalSignals = (history.events ?? []).filter(
      (event) => event.workflowExecutionSignaledEventAttributes?.signalName === 'caseApproval',
    );
    expect(approvalSignals).toHaveLength(SAMPLE_SIZE);
  }, 600_000);
});

describe('the same command and the same event, twice', () => {
  const settings = inspectionBody(FIELDWORK_START_AHEAD, 10);

  it('records an inspection once, however often and however concurrently the command comes', async () => {
    const sequential = randomUUID();
    const concurrent = randomUUID();
    const command = (inspectionId: string) => ({ ...settings, inspectionId, leadInspectorId: 'lead-1' });

    const first = await sendCommand(system.nc, recordInspection, command(sequential));
    const again = await sendCommand(system.nc, recordInspection, command(sequential));
    expect([first.created, again.created]).toEqual([true, false]);
    const together = await Promise.all([
      sendCommand(system.nc, recordInspection, command(concurrent)),
      sendCommand(system.nc, recordInspection, command(concurrent)),
    ]);
    expect(together.map((reply) => reply.created).sort()).toEqual([false, true]);

    for (const inspectionId of [sequential, concurrent]) {
      const db = system.inspectionDb;
      expect(await db.inspection.count({ where: { id: inspectionId } })).toBe(1);
      expect(await db.teamMember.count({ where: { inspectionId } })).toBe(1);
      const audit = await db.auditEntry.findMany({ where: { inspectionId } });
      expect(audit.map((entry) => entry.action)).toEqual(['inspection.created']);
      const outbox = await db.outboxMessage.findMany({
        where: { payload: { path: ['inspectionId'], equals: inspectionId } },
      });
      expect(outbox.map((row) => row.subject).sort()).toEqual(
        [inspectionCreated.subject, teamMemberAdded.subject].sort(),
      );
      const stored = await eventually('inspection.created on the stream', async () => {
        const events = (await eventsOn(system.nc, inspectionCreated.subject)).filter(
          (event) => (event.payload as Json).inspectionId === inspectionId,
        );
        return events.length > 0 ? events : undefined;
      });
      expect(stored).toHaveLength(1);
    }
  });

  const caseFacts = {
    disposalType: 'referral_order',
    disposalStart: '2026-10-01',
    caseManager: 'CM01',
    gender: 'Female',
    ethnicity: 'White',
    safetyWellbeing: 'medium' as const,
    riskOfSeriousHarm: 'low' as const,
  };
  const newTask = async () => {
    const request = {
      taskId: randomUUID(),
      inspectionId: randomUUID(),
      caseRef: 'C0007',
      frameworkId: 'd2-v6.5',
      facts: caseFacts,
    };
    expect((await sendCommand(system.nc, createTask, request)).created).toBe(true);
    return request;
  };
  const assignment = { assigneeId: 'inspector-1', dueAt: `${daysFromNow(30)}T00:00:00.000Z` };
  /**
   * The task's draft answered in full, as its assessor would have saved it (the version stays 0): the lock
   * checks the rules again on the draft as stored.
   */
  const answeredInFull = async (taskId: string) => {
    const { answers, firstDraft } = completeAssessment({ facts: caseFacts, frameworkId: 'd2-v6.5' });
    const { inspectorClassification, careExperience } = firstDraft();
    await system.fieldworkDb.caseTask.update({
      where: { id: taskId },
      data: { answers, inspectorClassification, careExperience },
    });
  };
  /**
   * A created, assigned and locked task's audit. The lock routes the case to quality assurance and audits the
   * submission in its transaction: once, like the lock itself.
   */
  const ACTIONS_ON_A_LOCKED_TASK = [
    'review.route',
    'task.assigned',
    'task.created',
    'task.locked',
    'task.submitted',
  ];
  const actionsOn = async (taskId: string) =>
    (await system.fieldworkDb.auditEntry.findMany({ where: { entityId: taskId } }))
      .map((entry) => entry.action)
      .sort();
  const submittedEvents = async (taskId: string) => {
    const outbox = await eventually('the submitted event to be published', async () => {
      const rows = await system.fieldworkDb.outboxMessage.findMany({
        where: { subject: taskSubmitted.subject, payload: { path: ['taskId'], equals: taskId } },
      });
      return rows.length > 0 && rows.every((row) => row.publishedAt) ? rows : undefined;
    });
    const stored = (await eventsOn(system.nc, taskSubmitted.subject)).filter(
      (event) => (event.payload as Json).taskId === taskId,
    );
    return { outbox: outbox.map((row) => row.id), stored: stored.map((event) => event.msgId) };
  };

  it('creates, assigns and locks a task once when each command comes again', async () => {
    const request = await newTask();
    const { taskId, inspectionId } = request;
    const repeats = [
      await sendCommand(system.nc, createTask, request),
      ...(await Promise.all([
        sendCommand(system.nc, createTask, request),
        sendCommand(system.nc, createTask, request),
      ])),
    ];
    expect(repeats.map((reply) => reply.created)).toEqual([false, false, false]);
    // The same case under another task id would be a second task for the case: refused.
    await expect(
      sendCommand(system.nc, createTask, { ...request, taskId: randomUUID() }),
    ).rejects.toMatchObject({ code: 'case-has-task' });

    for (let i = 0; i < 2; i += 1) {
      expect((await sendCommand(system.nc, assignTask, { taskId, ...assignment })).state).toBe('assigned');
    }
    await answeredInFull(taskId);
    for (let i = 0; i < 2; i += 1) {
      expect((await sendCommand(system.nc, lockSubmittedTask, { taskId, version: 0 })).state).toBe(
        'submitted',
      );
    }

    expect(await system.fieldworkDb.caseTask.count({ where: { inspectionId } })).toBe(1);
    expect(await actionsOn(taskId)).toEqual(ACTIONS_ON_A_LOCKED_TASK);
    const { outbox, stored } = await submittedEvents(taskId);
    expect(outbox).toHaveLength(1);
    expect(stored).toEqual(outbox);
  });

  /**
   * Runs `send` (which sends commands about the task) while this test holds the task's row lock, until
   * `waiting` of the service's statements wait for it, then lets them go: the commands' handlers have all
   * read the task before any of them writes — as when an activity's retry (its NATS request timed out
   * after 10 s, Temporal tries again a second later) runs while the first attempt is still in the service.
   */
  async function allAtOnce<T>(taskId: string, waiting: number, send: () => Promise<T>): Promise<T> {
    const hold = new pg.Client({ connectionString: system.env.DATABASE_URL });
    const watch = new pg.Client({ connectionString: system.env.DATABASE_URL });
    await Promise.all([hold.connect(), watch.connect()]);
    try {
      await hold.query('BEGIN');
      await hold.query('SELECT 1 FROM fieldwork."CaseTask" WHERE id = $1 FOR UPDATE', [taskId]);
      const sent = send();
      void sent.catch(() => {});
      await eventually(
        `${waiting} statements to wait for the task's row`,
        async () => {
          const { rows } = await watch.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock'
                AND (query ILIKE '%UPDATE%CaseTask%' OR query ILIKE '%CaseTask%FOR UPDATE%')`,
          );
          return rows[0]!.n >= waiting ? true : undefined;
        },
        { ...SOONEST, timeoutMs: 4_000 }, // the service's transactions give up after 5 s
      );
      await hold.query('COMMIT');
      return await sent;
    } finally {
      await hold.query('ROLLBACK').catch(() => {});
      await Promise.all([hold.end(), watch.end()]);
    }
  }

  // Two deliveries in flight at once take turns on the task's row lock; the second finds nothing to change.
  it('assigns a task once when the same assignment arrives twice at once', async () => {
    const { taskId } = await newTask();
    const replies = await allAtOnce(taskId, 2, () =>
      Promise.all([1, 2].map(() => sendCommand(system.nc, assignTask, { taskId, ...assignment }))),
    );
    expect(replies.map((reply) => reply.state)).toEqual(['assigned', 'assigned']);
    expect(await actionsOn(taskId)).toEqual(['task.assigned', 'task.created']);
  });

  it('locks a task once, and publishes its event once, when the same lock arrives twice at once', async () => {
    const { taskId } = await newTask();
    await sendCommand(system.nc, assignTask, { taskId, ...assignment });
    await answeredInFull(taskId);
    await allAtOnce(taskId, 2, () =>
      Promise.allSettled([1, 2].map(() => sendCommand(system.nc, lockSubmittedTask, { taskId, version: 0 }))),
    );
    expect(await actionsOn(taskId)).toEqual(ACTIONS_ON_A_LOCKED_TASK);
    const { outbox, stored } = await submittedEvents(taskId);
    expect(outbox).toHaveLength(1);
    expect(stored).toEqual(outbox);
  });

  // The second lock waits for the first, then sees the task submitted at its version: a repeat, not a refusal.
  it('answers each of two identical locks at once with submitted', async () => {
    const { taskId } = await newTask();
    await sendCommand(system.nc, assignTask, { taskId, ...assignment });
    await answeredInFull(taskId);
    const replies = await allAtOnce(taskId, 2, () =>
      Promise.allSettled([1, 2].map(() => sendCommand(system.nc, lockSubmittedTask, { taskId, version: 0 }))),
    );
    expect(replies).toEqual(
      [1, 2].map(() => ({ status: 'fulfilled', value: { taskId, state: 'submitted' } })),
    );
  });

  it('applies a team event once: published twice with one message id, and redelivered by JetStream', async () => {
    const js = jetstream(system.nc);
    const jsm = await jetstreamManager(system.nc);
    const inspectionId = randomUUID();
    const publish = (userId: string, msgID: string) =>
      js.publish(teamMemberAdded.subject, JSON.stringify({ inspectionId, userId, role: 'inspector' }), {
        msgID,
      });
    const membership = (userId: string) =>
      system.fieldworkDb.teamMembership.findMany({ where: { inspectionId, userId } });
    // The fieldwork service's durable team consumer: one per database (team-consumer-name.ts in the
    // service); other consumers of the stream, e.g. a service test's own durable, remember ids of their own.
    const durable = teamConsumerName(system.env.DATABASE_URL);
    const processed = (messageId: string) =>
      system.fieldworkDb.processedMessage.findMany({ where: { consumer: durable, messageId } });

    // The same event published twice (an outbox relay that crashed before marking its row published):
    // the stream keeps one copy, by its message id.
    const firstId = randomUUID();
    const stored = await publish('inspector-1', firstId);
    const repeated = await publish('inspector-1', firstId);
    expect(stored.duplicate).toBe(false);
    expect(repeated).toMatchObject({ duplicate: true, seq: stored.seq });
    await eventually('the team event to be applied', async () => {
      const rows = await processed(firstId);
      return rows.length > 0 ? rows : undefined;
    });
    expect(await membership('inspector-1')).toHaveLength(1);
    expect(await processed(firstId)).toHaveLength(1);

    // A real redelivery to the service's own durable consumer: JetStream sends a message again when its
    // acknowledgement has not come within the consumer's ack wait (a slow handler, a lost ack, a service
    // that died after committing). The fieldwork service's handler is held inside its transaction — this
    // test holds an uncommitted row with the same key, which its INSERT waits for — while the ack wait,
    // shortened to 1 s for the test, runs out and the server sends the message again to the same
    // consumer. Then the hold is released: the handler commits, and the redelivered copy reaches it
    // after. (Republishing with the same message id cannot do this — the stream drops it, as above — and a
    // restart of the service would redeliver nothing, since everything was acknowledged.)
    const before = await jsm.consumers.info(EVENT_STREAM, durable);
    const ackWait = before.config.ack_wait;
    const shortAckWait = nanos(1_000);
    const hold = new pg.Client({ connectionString: system.env.DATABASE_URL });
    const watch = new pg.Client({ connectionString: system.env.DATABASE_URL });
    await Promise.all([hold.connect(), watch.connect()]);
    const waitingInserts = async () => {
      const { rows } = await watch.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'
            AND query ILIKE '%INSERT INTO "TeamMembership"%'`,
      );
      return rows[0]!.n;
    };
    /** One try; 'try again' if the conditions for a redelivery were not met (see below). */
    const redeliverWhileHeld = async (userId: string, messageId: string) => {
      await jsm.consumers.update(EVENT_STREAM, durable, { ack_wait: shortAckWait });
      // Nothing else pending, so the server times the next delivery with the new ack wait.
      await eventually('the consumer to have nothing pending', async () =>
        (await jsm.consumers.info(EVENT_STREAM, durable)).num_ack_pending === 0 ? true : undefined,
      );
      await hold.query('BEGIN');
      try {
        await hold.query(
          'INSERT INTO fieldwork."TeamMembership" ("inspectionId", "userId", role) VALUES ($1, $2, $3)',
          [inspectionId, userId, 'inspector'],
        );
        const { seq } = await publish(userId, messageId);
        // The service's handler has the event: its INSERT waits for the row this test holds.
        await eventually(
          'the service to apply the held event',
          async () => ((await waitingInserts()) > 0 ? true : undefined),
          SOONEST,
        );
        // Its acknowledgement is overdue: JetStream sends the event to the consumer again. The service's
        // transaction gives up after 5 s, so this waits 3.5 s at most.
        const deadline = Date.now() + 3_500;
        for (;;) {
          const info = await jsm.consumers.info(EVENT_STREAM, durable);
          if (info.delivered.stream_seq >= seq && info.num_redelivered > 0) {
            expect(info.num_ack_pending).toBeGreaterThan(0);
            return { seq };
          }
          // A service starting elsewhere on this NATS server and database re-creates the durable with
          // its own configuration: the shortened ack wait is gone, and this try proves nothing.
          if (info.config.ack_wait !== shortAckWait) return 'try again' as const;
          // The service asks for more messages (a pull request, renewed every 5 s) only between handlers:
          // if its request ran out during the hold, the server has nowhere to redeliver to. The next try
          // starts right after the service renewed its request.
          if (info.num_waiting === 0) return 'try again' as const;
          if (Date.now() > deadline) throw new Error('JetStream did not redeliver the held event');
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      } finally {
        await hold.query('ROLLBACK');
      }
    };

    const tries: { userId: string; messageId: string }[] = [];
    let redelivered: { seq: number } | undefined;
    try {
      while (!redelivered && tries.length < 4) {
        const attempt = { userId: `inspector-${tries.length + 2}`, messageId: randomUUID() };
        tries.push(attempt);
        const outcome = await redeliverWhileHeld(attempt.userId, attempt.messageId);
        if (outcome !== 'try again') redelivered = outcome;
      }
    } finally {
      await Promise.all([hold.end(), watch.end()]);
      await jsm.consumers.update(EVENT_STREAM, durable, { ack_wait: ackWait });
    }
    console.info(`redelivery: ${tries.length} tr${tries.length === 1 ? 'y' : 'ies'}`);
    expect(redelivered, 'a try in which JetStream could redeliver').toBeDefined();
    const after = await eventually('the consumer to acknowledge the event', async () => {
      const info = await jsm.consumers.info(EVENT_STREAM, durable);
      return info.ack_floor.stream_seq >= redelivered!.seq && info.num_ack_pending === 0 ? info : undefined;
    });
    // The event went to the consumer at least twice (other team events, if any, only add to this).
    expect(after.delivered.consumer_seq - before.delivered.consumer_seq).toBeGreaterThanOrEqual(2);

    // Each event took effect once: one member, one remembered id.
    for (const { userId, messageId } of tries) {
      expect(await membership(userId)).toHaveLength(1);
      expect(await processed(messageId)).toHaveLength(1);
    }
    expect(await membership('inspector-1')).toHaveLength(1);
    expect(await processed(firstId)).toHaveLength(1);
  });
});
