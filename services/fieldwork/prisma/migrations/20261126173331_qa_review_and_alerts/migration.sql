-- AlterTable
ALTER TABLE "CaseTask" ADD COLUMN     "askedForQa" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AssessmentVersion" (
    "taskId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "draftVersion" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "rationale" JSONB NOT NULL,
    "inspectorClassification" JSONB NOT NULL,
    "relevantFactors" JSONB,
    "careExperience" JSONB,
    "submittedBy" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentVersion_pkey" PRIMARY KEY ("taskId","round")
);

-- CreateTable
CREATE TABLE "CaseReview" (
    "taskId" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "state" TEXT NOT NULL,
    "assessorId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "round" INTEGER NOT NULL,
    "approval" TEXT,
    "selection" JSONB NOT NULL,
    "policySeed" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "waitingSince" TIMESTAMP(3),
    "claimedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseReview_pkey" PRIMARY KEY ("taskId")
);

-- CreateTable
CREATE TABLE "ReviewEntry" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "move" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "reason" TEXT,
    "comments" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlindJudgement" (
    "taskId" UUID NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "judgements" JSONB NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlindJudgement_pkey" PRIMARY KEY ("taskId")
);

-- CreateTable
CREATE TABLE "QaSettings" (
    "inspectionId" UUID NOT NULL,
    "policy" JSONB NOT NULL,
    "alertEscalation" JSONB,
    "setAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QaSettings_pkey" PRIMARY KEY ("inspectionId")
);

-- CreateTable
CREATE TABLE "SafeguardingAlert" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "caseRef" TEXT NOT NULL,
    "report" JSONB NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'raised',
    "raisedBy" TEXT NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL,
    "escalatedAt" TIMESTAMP(3),
    "escalatesTo" TEXT,
    "acknowledgedBy" TEXT,
    "acknowledgedAt" TIMESTAMP(3),
    "outcome" TEXT,
    "outcomeBy" TEXT,
    "closedAt" TIMESTAMP(3),
    "lastMovedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SafeguardingAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertAction" (
    "id" UUID NOT NULL,
    "alertId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseReview_inspectionId_state_idx" ON "CaseReview"("inspectionId", "state");

-- CreateIndex
CREATE INDEX "CaseReview_state_waitingSince_idx" ON "CaseReview"("state", "waitingSince");

-- CreateIndex
CREATE INDEX "ReviewEntry_taskId_at_idx" ON "ReviewEntry"("taskId", "at");

-- CreateIndex
CREATE INDEX "SafeguardingAlert_inspectionId_raisedAt_idx" ON "SafeguardingAlert"("inspectionId", "raisedAt");

-- CreateIndex
CREATE INDEX "SafeguardingAlert_taskId_idx" ON "SafeguardingAlert"("taskId");

-- CreateIndex
CREATE INDEX "AlertAction_alertId_at_idx" ON "AlertAction"("alertId", "at");

-- AddForeignKey
ALTER TABLE "AssessmentVersion" ADD CONSTRAINT "AssessmentVersion_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "CaseTask"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "CaseTask"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertAction" ADD CONSTRAINT "AlertAction_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "SafeguardingAlert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Added by hand: a task may now be revising (returned by QA or reopened for a correction).
ALTER TABLE "CaseTask" DROP CONSTRAINT "CaseTask_state_check";
ALTER TABLE "CaseTask" ADD CONSTRAINT "CaseTask_state_check"
  CHECK ("state" IN ('unassigned', 'assigned', 'in-progress', 'submitted', 'revising', 'withdrawn'));

-- Added by hand: review and alert states are the domain's (qa/review-states.ts, safeguarding/alert-lifecycle.ts).
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_state_check"
  CHECK ("state" IN ('draft', 'submitted', 'awaiting-qa', 'in-review', 'returned', 'revising', 'approved'));
ALTER TABLE "CaseReview" ADD CONSTRAINT "CaseReview_approval_check"
  CHECK ("approval" IS NULL OR "approval" IN ('reviewed', 'without-review'));
ALTER TABLE "SafeguardingAlert" ADD CONSTRAINT "SafeguardingAlert_state_check"
  CHECK ("state" IN ('raised', 'escalated', 'acknowledged', 'action-recorded', 'closed'));

-- Added by hand: submitted versions, a review's timeline, blind judgements and alert actions are kept as they
-- were written: UPDATE, DELETE and TRUNCATE are refused.
CREATE OR REPLACE FUNCTION "fieldwork_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER "AssessmentVersion_append_only" BEFORE UPDATE OR DELETE ON "AssessmentVersion"
  FOR EACH ROW EXECUTE FUNCTION "fieldwork_append_only"();
CREATE TRIGGER "AssessmentVersion_no_truncate" BEFORE TRUNCATE ON "AssessmentVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION "fieldwork_append_only"();
CREATE TRIGGER "ReviewEntry_append_only" BEFORE UPDATE OR DELETE ON "ReviewEntry"
  FOR EACH ROW EXECUTE FUNCTION "fieldwork_append_only"();
CREATE TRIGGER "ReviewEntry_no_truncate" BEFORE TRUNCATE ON "ReviewEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "fieldwork_append_only"();
CREATE TRIGGER "BlindJudgement_append_only" BEFORE UPDATE OR DELETE ON "BlindJudgement"
  FOR EACH ROW EXECUTE FUNCTION "fieldwork_append_only"();
CREATE TRIGGER "BlindJudgement_no_truncate" BEFORE TRUNCATE ON "BlindJudgement"
  FOR EACH STATEMENT EXECUTE FUNCTION "fieldwork_append_only"();
CREATE TRIGGER "AlertAction_append_only" BEFORE UPDATE OR DELETE ON "AlertAction"
  FOR EACH ROW EXECUTE FUNCTION "fieldwork_append_only"();
CREATE TRIGGER "AlertAction_no_truncate" BEFORE TRUNCATE ON "AlertAction"
  FOR EACH STATEMENT EXECUTE FUNCTION "fieldwork_append_only"();
