-- AlterTable
ALTER TABLE "Inspection" ADD COLUMN     "assessmentsDue" DATE,
ADD COLUMN     "courtShare" DOUBLE PRECISION,
ADD COLUMN     "fieldworkEnd" DATE,
ADD COLUMN     "leadInspectorId" TEXT,
ADD COLUMN     "reminderDaysBefore" INTEGER,
ADD COLUMN     "sampleSize" INTEGER;

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
CREATE TABLE "AuditEntry" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT NOT NULL,
    "actorRoles" TEXT[],
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "inspectionId" UUID,
    "requestId" TEXT,
    "reason" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TeamMember_userId_idx" ON "TeamMember"("userId");

-- CreateIndex
CREATE INDEX "LongList_inspectionId_activatedAt_idx" ON "LongList"("inspectionId", "activatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SampledCase_taskId_key" ON "SampledCase"("taskId");

-- CreateIndex
CREATE INDEX "AuditEntry_inspectionId_at_idx" ON "AuditEntry"("inspectionId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- Added by hand: the audit log is append-only (DOMAIN.md §7: every read and change logged, never altered).
CREATE OR REPLACE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER "AuditEntry_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();
CREATE TRIGGER "AuditEntry_no_truncate"
  BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"();
