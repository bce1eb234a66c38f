// The retention purge of an inspection's case-level personal data in the fieldwork service (issue 11;
// docs/retention.md): each case's long-list facts, answers, notes and classifications, both interviews'
// notes and whom the interview was with, exclusion flags' reasons, QA returns' reasons and comments, every
// submitted version's content, and what safeguarding alerts said and what was done about them. States, who
// did what and when, and the blind reviewers' yes / no / n.a. judgements stay. The append-only tables take
// the redaction their trigger allows: personal columns emptied, purgedAt set, nothing else changed.
// A write racing the purge either commits before it (and is purged) or is refused after it: every writer
// checks under the inspection's retention lock, which the purge holds (@yji/db retention-lock.ts), but the
// draft save, one statement on the task's row, which the task's new version turns away (below).
import { PURGE_WITHIN_MS, purgeFieldworkCases } from '@yji/contracts';
import { lockOutWriters, purgeOnce } from '@yji/db';
import { Prisma } from '../generated/prisma/client.ts';
import { fieldworkCommand } from './task-for-command.ts';

const EMPTY = {};
/** An assessment's personal columns, emptied: the same on a task and on each of its submitted versions. */
const ASSESSMENT_EMPTIED = {
  answers: EMPTY,
  rationale: EMPTY,
  inspectorClassification: EMPTY,
  relevantFactors: Prisma.DbNull,
  careExperience: Prisma.DbNull,
};

export const purgeFieldworkCasesHandler = fieldworkCommand(purgeFieldworkCases, (db, { inspectionId }) =>
  db.$transaction(
    async (tx) => {
      await lockOutWriters(tx, inspectionId);
      return purgeOnce(tx, inspectionId, async (_, purgedAt) => {
        const ofInspection = { task: { inspectionId } };
        const marker = { purgedAt: purgedAt.toISOString() };
        // The long-list facts keep the disposal type (the stratum): the rules and the open data need it. The
        // draft changes, so its version moves on: a draft save read before the purge (tasks/save-draft-sql.ts,
        // no retention lock, to stay one statement) waits for this row and then no longer finds its version,
        // so it stores nothing and its assessor is told inspection-purged.
        const facts = await tx.$executeRawUnsafe(
          `UPDATE "CaseTask" SET facts = jsonb_build_object('disposalType', facts->'disposalType') || $2::jsonb,
                version = version + 1
          WHERE "inspectionId" = $1::uuid`,
          inspectionId,
          JSON.stringify(marker),
        );
        await tx.caseTask.updateMany({
          where: { inspectionId },
          data: ASSESSMENT_EMPTIED,
        });
        // Who was interviewed is meant to be a role, but its letters can spell a name: it goes with the notes.
        const interviews = await tx.interview.updateMany({
          where: ofInspection,
          data: { withWhom: '', notes: '' },
        });
        const caseManagerInterviews = await tx.caseManagerInterview.updateMany({
          where: ofInspection,
          data: { notes: '' },
        });
        const flags = await tx.exclusionFlag.updateMany({ where: ofInspection, data: { reason: '' } });
        const versions = await tx.assessmentVersion.updateMany({
          where: { ...ofInspection, purgedAt: null },
          data: {
            ...ASSESSMENT_EMPTIED,
            purgedAt,
          },
        });
        const taskIds = (await tx.caseTask.findMany({ where: { inspectionId }, select: { id: true } })).map(
          ({ id }) => id,
        );
        const reviewEntries = await tx.reviewEntry.updateMany({
          where: { taskId: { in: taskIds }, purgedAt: null },
          data: { reason: null, comments: EMPTY, purgedAt },
        });
        const alerts = await tx.safeguardingAlert.updateMany({
          where: { inspectionId },
          data: { report: marker },
        });
        // An outcome recorded stays recorded (the alert's state says closed); its words go.
        await tx.safeguardingAlert.updateMany({
          where: { inspectionId, outcome: { not: null } },
          data: { outcome: '' },
        });
        const alertActions = await tx.alertAction.updateMany({
          where: { alert: { inspectionId }, purgedAt: null },
          data: { action: '', purgedAt },
        });
        return {
          CaseTask: facts,
          Interview: interviews.count,
          CaseManagerInterview: caseManagerInterviews.count,
          ExclusionFlag: flags.count,
          AssessmentVersion: versions.count,
          ReviewEntry: reviewEntries.count,
          SafeguardingAlert: alerts.count,
          AlertAction: alertActions.count,
        };
      });
    },
    { timeout: PURGE_WITHIN_MS },
  ),
);
