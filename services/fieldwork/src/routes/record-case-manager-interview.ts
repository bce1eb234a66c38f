// PUT /api/fieldwork/tasks/:taskId/case-manager-interview: the interview with the case manager as 002 13a–c
// structure it (whether it took place, the role of the person seen, whether that case manager was already
// interviewed, the language in Wales), recorded or corrected by the assessor while the task is open. Its facts
// are part of the case's rules (the 2016 View 5 follows 13b), so domain interviewProblems checks it against the
// inspection's country. The free interview note (PUT …/interview) stays the youth standards' evidence record.
import { CaseManagerInterviewBody, CaseManagerInterviewView, problem } from '@yji/contracts';
import { toDateColumn } from '@yji/db';
import { interviewProblems } from '@yji/domain';
import { actorOf, errorResponses, HttpError, type App } from '@yji/service-kit';
import { auditTask } from '../audit/audit-task.ts';
import type { FieldworkDb } from '../db.ts';
import { inspectionOfCase } from '../inspection/inspection-settings.ts';
import { interviewFactsOf } from '../tasks/stored-task.ts';
import { toCaseManagerInterviewView } from '../tasks/task-views.ts';
import { interviewRoute, openOwnTask, stillOpenUnderLock } from './interview-route.ts';

export function registerRecordCaseManagerInterview(app: App, db: FieldworkDb) {
  app.put(
    '/api/fieldwork/tasks/:taskId/case-manager-interview',
    interviewRoute({
      summary: 'Record the interview with the case manager as 002 13a–c structure it',
      description:
        'By the assigned assessor while the task is open (409 task-locked after). 422 interview-invalid ' +
        'names each field that breaks 002 13a–c: a role when the interview took place, 13b for a case ' +
        'manager, the language exactly when the YJS is in Wales.',
      body: CaseManagerInterviewBody,
      response: { 200: CaseManagerInterviewView, ...errorResponses(409, 422) },
    }),
    async (request) => {
      const { principal, body } = request;
      const task = await openOwnTask(db, principal, request.params.taskId);
      const { country = 'england' } = await inspectionOfCase(db, task.inspectionId);
      const recorded = {
        tookPlace: body.tookPlace,
        date: body.date === undefined ? null : toDateColumn(body.date),
        role: body.role ?? null,
        caseManagerSeenBefore: body.caseManagerSeenBefore ?? null,
        language: body.language ?? null,
        notes: body.notes,
        recordedBy: principal.userId,
      };
      const issues = interviewProblems(
        interviewFactsOf({ ...recorded, taskId: task.id, updatedAt: new Date() }),
        country,
      );
      if (issues.length)
        throw new HttpError(
          problem('interview-invalid', {
            issues: issues.map(({ field, message }) => ({ field: `body.${field}`, message })),
          }),
        );
      const interview = await db.$transaction(async (tx) => {
        await stillOpenUnderLock(tx, task);
        const stored = await tx.caseManagerInterview.upsert({
          where: { taskId: task.id },
          create: { taskId: task.id, ...recorded },
          update: recorded,
        });
        await auditTask(tx, actorOf(request), task, 'task.case-manager-interview-recorded');
        return stored;
      });
      return toCaseManagerInterviewView(interview);
    },
  );
}
