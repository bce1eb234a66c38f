// PUT /api/fieldwork/tasks/:taskId/interview: the case manager interview, recorded or corrected by the
// assessor while the task is open.
import { InterviewBody, InterviewView } from '@yji/contracts';
import { toDateColumn } from '@yji/db';
import { actorOf, errorResponses, type App } from '@yji/service-kit';
import { auditTask } from '../audit/audit-task.ts';
import type { FieldworkDb } from '../db.ts';
import { toInterviewView } from '../tasks/task-views.ts';
import { interviewRoute, openOwnTask, stillOpenUnderLock } from './interview-route.ts';

export function registerRecordInterview(app: App, db: FieldworkDb) {
  app.put(
    '/api/fieldwork/tasks/:taskId/interview',
    interviewRoute({
      summary: 'Record the case manager interview (date, with whom as a role, notes)',
      description:
        'Recorded or corrected by the assigned assessor while the task is open (409 task-locked once it ' +
        'is submitted or withdrawn). With whom is a role, never a name.',
      body: InterviewBody,
      response: { 200: InterviewView, ...errorResponses(409) },
    }),
    async (request) => {
      const { principal, body } = request;
      const task = await openOwnTask(db, principal, request.params.taskId);
      const recorded = {
        date: toDateColumn(body.date),
        withWhom: body.withWhom,
        notes: body.notes,
      };
      const interview = await db.$transaction(async (tx) => {
        await stillOpenUnderLock(tx, task);
        const stored = await tx.interview.upsert({
          where: { taskId: task.id },
          create: { taskId: task.id, ...recorded, recordedBy: principal.userId },
          update: { ...recorded, recordedBy: principal.userId },
        });
        await auditTask(tx, actorOf(request), task, 'task.interview-recorded');
        return stored;
      });
      return toInterviewView(interview);
    },
  );
}
