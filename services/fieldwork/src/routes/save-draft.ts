// PUT /api/fieldwork/tasks/:taskId/draft: the assessor saves answers as they go. The save names the
// version it was based on; the version bump happens in one conditional UPDATE, so a save
// against an older version is refused with what is stored now, never silently overwritten. The save and
// its audit entry are one statement (tasks/save-draft-sql.ts).
import { ASSESSOR_ROLES, DraftSaved, problem, SaveDraftBody, TaskState } from '@yji/contracts';
import { actorOf, HttpError, type App } from '@yji/service-kit';
import type { Client } from '@temporalio/client';
import { ownTask, taskRoute } from '../access/task-access.ts';
import type { FieldworkDb } from '../db.ts';
import { draftAnswerProblems } from '../tasks/answer-problems.ts';
import { mergeDraft, touchedByDraft } from '../tasks/merge-draft.ts';
import { storeDraft } from '../tasks/save-draft-sql.ts';
import { draftContentOf } from '../tasks/stored-task.ts';
import { reportFirstSave } from './report-first-save.ts';
import { openTaskAt, refuseIfLocked, staleVersionConflict, VERSION_CONFLICTS } from './task-guards.ts';

/** Answers for a whole framework with text answers fit well within this. */
const DRAFT_BODY_LIMIT_BYTES = 256 * 1024;

export function registerSaveDraft(app: App, db: FieldworkDb, temporal: Client) {
  app.put(
    '/api/fieldwork/tasks/:taskId/draft',
    {
      ...taskRoute(ASSESSOR_ROLES, {
        summary: 'Save draft answers (only what changed; null removes), based on a version',
        description:
          'Only the assigned assessor may save. A save based on an older version answers 409 stale-version ' +
          'with the stored draft (a read of the task, audited); a submitted or withdrawn task answers 409 task-locked. Answers outside ' +
          'their scale, or to codes the framework does not have, answer 400 naming the codes.',
        body: SaveDraftBody,
        response: { 200: DraftSaved, 409: VERSION_CONFLICTS },
      }),
      bodyLimit: DRAFT_BODY_LIMIT_BYTES,
    },
    async (request, reply) => {
      const { principal, body } = request;
      const actor = actorOf(request);
      const opened = await openTaskAt(db, actor, request.params.taskId, body.version);
      if (!opened.ok) return reply.status(409).send(opened.conflict);
      const { task, surroundings } = opened;

      const draft = mergeDraft(draftContentOf(task), body);
      const problems = draftAnswerProblems(
        task,
        { ...draft, version: task.version },
        Object.keys(body.answers),
        surroundings,
      );
      if (problems.length) {
        throw new HttpError(problem('invalid-answers', { problems }));
      }

      const version = body.version + 1;
      const saved = await storeDraft(
        db,
        { id: task.id, basedOn: body.version, assigneeId: principal.userId },
        draft,
        { actor, details: touchedByDraft(body) },
      );
      if (!saved) {
        // Something changed since the task was read: say what, from the row as it is now.
        const current = await ownTask(db, principal, task.id);
        refuseIfLocked(current);
        return reply.status(409).send(await staleVersionConflict(db, actor, current));
      }
      const state =
        task.state === 'assigned'
          ? await reportFirstSave(db, temporal, task, request.log)
          : TaskState.parse(task.state);
      return { taskId: task.id, version, state };
    },
  );
}
