// What a reader sees of a task: a line in the assessor's list, or the whole case with the codes of the
// questions that apply given the answers so far (their text: the framework's questions, read once).
import type { z } from 'zod';
import {
  purgedAtOf,
  ReviewState,
  TaskState,
  type CaseManagerInterviewView,
  type InterviewView,
  type TaskDetail,
  type TaskSummary,
} from '@yji/contracts';
import { fromDateColumn } from '@yji/db';
import { applicableQuestions } from '@yji/domain';
import type { CaseManagerInterview, Interview } from '../generated/prisma/client.ts';
import type { ReaderTask } from './task-read-sql.ts';
import {
  caseContextOf,
  draftContentOf,
  factsOf,
  frameworkOf,
  interviewFactsOf,
  type CaseSurroundings,
} from './stored-task.ts';

function toTaskSummary(task: ReaderTask): z.input<typeof TaskSummary> {
  return {
    taskId: task.id,
    inspectionId: task.inspectionId,
    caseRef: task.caseRef,
    frameworkId: task.frameworkId,
    state: TaskState.parse(task.state),
    dueAt: task.dueAt?.toISOString() ?? null,
    version: task.version,
    reviewState: task.review ? ReviewState.parse(task.review.state) : null,
    reminded: task.reminded,
  };
}

export function toInterviewView(interview: Interview): z.input<typeof InterviewView> {
  return {
    date: fromDateColumn(interview.date),
    withWhom: interview.withWhom,
    notes: interview.notes,
    recordedBy: interview.recordedBy,
    updatedAt: interview.updatedAt.toISOString(),
  };
}

export function toCaseManagerInterviewView(
  interview: CaseManagerInterview,
): z.input<typeof CaseManagerInterviewView> {
  return {
    ...interviewFactsOf(interview),
    ...(interview.date ? { date: fromDateColumn(interview.date) } : {}),
    notes: interview.notes,
    recordedBy: interview.recordedBy,
    updatedAt: interview.updatedAt.toISOString(),
  };
}

export function toTaskDetail(
  task: ReaderTask,
  surroundings: CaseSurroundings,
): Omit<z.input<typeof TaskDetail>, 'review'> {
  const { interview, caseManagerInterview, exclusionFlag } = task;
  const draft = draftContentOf(task);
  const purgedAt = purgedAtOf(task.facts);
  return {
    ...toTaskSummary(task),
    ...draft,
    assigneeId: task.assigneeId,
    submittedAt: task.submittedAt?.toISOString() ?? null,
    facts: purgedAt ? null : factsOf(task),
    purgedAt,
    applicableQuestions: applicableQuestions(
      frameworkOf(task),
      caseContextOf(task, draft, surroundings),
      draft.answers,
    ).map((question) => question.code),
    interview: interview && toInterviewView(interview),
    caseManagerInterview: caseManagerInterview && toCaseManagerInterviewView(caseManagerInterview),
    inspection: surroundings.inspection ?? {},
    exclusionFlag: exclusionFlag && {
      reason: exclusionFlag.reason,
      flaggedBy: exclusionFlag.flaggedBy,
      at: exclusionFlag.at.toISOString(),
      keptBy: exclusionFlag.keptBy,
      keptAt: exclusionFlag.keptAt?.toISOString() ?? null,
    },
  };
}
