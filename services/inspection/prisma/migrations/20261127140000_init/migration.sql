-- CreateTable
CREATE TABLE "Inspection" (
    "id" UUID NOT NULL,
    "yjsName" TEXT NOT NULL,
    "yjsCode" TEXT NOT NULL,
    "fieldworkStart" DATE NOT NULL,
    "fieldworkEnd" DATE,
    "courtFramework" TEXT NOT NULL,
    "oocdFramework" TEXT NOT NULL,
    "standardsVersion" TEXT NOT NULL,
    "sampleSize" INTEGER,
    "courtShare" DOUBLE PRECISION,
    "assessmentsDue" DATE,
    "reminderDaysBefore" INTEGER,
    "leadInspectorId" TEXT,
    "country" TEXT,
    "programme" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "inspectionId" UUID NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "capacity" INTEGER,
    "conflicts" TEXT[],
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("inspectionId","userId","role")
);

-- CreateTable
CREATE TABLE "LongList" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rowCount" INTEGER NOT NULL,
    "activatedAt" TIMESTAMP(3),

    CONSTRAINT "LongList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LongListCase" (
    "longListId" UUID NOT NULL,
    "caseRef" TEXT NOT NULL,
    "disposalType" TEXT NOT NULL,
    "disposalStart" DATE NOT NULL,
    "caseManager" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "safetyWellbeing" TEXT NOT NULL,
    "riskOfSeriousHarm" TEXT NOT NULL,

    CONSTRAINT "LongListCase_pkey" PRIMARY KEY ("longListId","caseRef")
);

-- CreateTable
CREATE TABLE "Sample" (
    "inspectionId" UUID NOT NULL,
    "longListId" UUID NOT NULL,
    "seed" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "drawnAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "Sample_pkey" PRIMARY KEY ("inspectionId")
);

-- CreateTable
CREATE TABLE "SampledCase" (
    "inspectionId" UUID NOT NULL,
    "caseRef" TEXT NOT NULL,
    "taskId" UUID NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "SampledCase_pkey" PRIMARY KEY ("inspectionId","caseRef")
);

-- CreateTable
CREATE TABLE "QaSettings" (
    "inspectionId" UUID NOT NULL,
    "policy" JSONB NOT NULL,
    "alertEscalation" JSONB,
    "setBy" TEXT NOT NULL,
    "setAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QaSettings_pkey" PRIMARY KEY ("inspectionId")
);

-- CreateTable
CREATE TABLE "CaseProgress" (
    "taskId" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "caseRef" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "assigneeId" TEXT,
    "dueAt" TIMESTAMPTZ(3),
    "overdue" BOOLEAN NOT NULL,
    "changedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "CaseProgress_pkey" PRIMARY KEY ("taskId")
);

-- CreateIndex
CREATE INDEX "TeamMember_userId_idx" ON "TeamMember"("userId");

-- CreateIndex
CREATE INDEX "LongList_inspectionId_activatedAt_idx" ON "LongList"("inspectionId", "activatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SampledCase_taskId_key" ON "SampledCase"("taskId");

-- CreateIndex
CREATE INDEX "CaseProgress_inspectionId_idx" ON "CaseProgress"("inspectionId");

-- Added by hand: a case's exclusion is audited with the lead inspector's reason, which is free text about the
-- child. The audit log stays append-only (DELETE and TRUNCATE refused) but lets one UPDATE through: the
-- retention purge nulling "reason" of an entry whose inspection's purge is recorded, every other column as it
-- was (docs/retention.md). The shared tables' history made the log refuse every UPDATE; this narrows that.
CREATE OR REPLACE FUNCTION "audit_entry_reason_redaction_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.reason IS NOT NULL
     OR (to_jsonb(NEW) - 'reason') IS DISTINCT FROM (to_jsonb(OLD) - 'reason')
     OR NOT EXISTS (SELECT 1 FROM "RetentionPurge" WHERE "inspectionId" = OLD."inspectionId") THEN
    RAISE EXCEPTION 'AuditEntry is append-only: UPDATE is allowed only to purge it under the retention policy';
  END IF;
  RETURN NEW;
END;
$$;
CREATE OR REPLACE TRIGGER "AuditEntry_append_only" BEFORE DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();
CREATE TRIGGER "AuditEntry_reason_redaction_only" BEFORE UPDATE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_reason_redaction_only"();
