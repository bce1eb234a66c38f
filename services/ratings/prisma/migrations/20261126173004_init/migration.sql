-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "ratings";

-- CreateTable
CREATE TABLE "Panel" (
    "inspectionId" UUID NOT NULL,
    "leadInspectorId" TEXT NOT NULL,
    "courtFramework" TEXT NOT NULL,
    "oocdFramework" TEXT NOT NULL,
    "standardsFramework" TEXT NOT NULL,
    "resettlementInScope" BOOLEAN NOT NULL,
    "desistanceFirst" BOOLEAN NOT NULL DEFAULT false,
    "settingsVersion" INTEGER NOT NULL DEFAULT 0,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Panel_pkey" PRIMARY KEY ("inspectionId")
);

-- CreateTable
CREATE TABLE "CaseJudgement" (
    "taskId" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "caseRef" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "caseType" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "judgements" JSONB NOT NULL,
    "reviewed" BOOLEAN NOT NULL,
    "approvedBy" TEXT,
    "approvedAt" TIMESTAMPTZ(3) NOT NULL,
    "reopenedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CaseJudgement_pkey" PRIMARY KEY ("taskId")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "inspectionId" UUID NOT NULL,
    "standardId" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "proposedBy" TEXT NOT NULL,
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("inspectionId","standardId")
);

-- CreateTable
CREATE TABLE "PanelDecision" (
    "inspectionId" UUID NOT NULL,
    "standardId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "to" TEXT,
    "rationale" TEXT,
    "decidedBy" TEXT NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL,
    "correction" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PanelDecision_pkey" PRIMARY KEY ("inspectionId","standardId")
);

-- CreateTable
CREATE TABLE "FinalRatingSet" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "supersedes" UUID,
    "approvedBy" TEXT NOT NULL,
    "approvedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rulesVersion" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "maxScore" INTEGER NOT NULL,
    "overall" TEXT NOT NULL,
    "thresholdTable" TEXT NOT NULL,

    CONSTRAINT "FinalRatingSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinalRating" (
    "setId" UUID NOT NULL,
    "standardId" TEXT NOT NULL,
    "computedRating" TEXT,
    "proposedRating" TEXT,
    "finalRating" TEXT NOT NULL,
    "smallSample" BOOLEAN NOT NULL,
    "rationale" TEXT,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "FinalRating_pkey" PRIMARY KEY ("setId","standardId")
);

-- CreateTable
CREATE TABLE "TeamMembership" (
    "inspectionId" UUID NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamMembership_pkey" PRIMARY KEY ("inspectionId","userId","role")
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

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessedMessage" (
    "consumer" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedMessage_pkey" PRIMARY KEY ("consumer","messageId")
);

-- CreateIndex
CREATE INDEX "CaseJudgement_inspectionId_idx" ON "CaseJudgement"("inspectionId");

-- CreateIndex
CREATE UNIQUE INDEX "FinalRatingSet_supersedes_key" ON "FinalRatingSet"("supersedes");

-- CreateIndex
CREATE INDEX "FinalRatingSet_inspectionId_approvedAt_idx" ON "FinalRatingSet"("inspectionId", "approvedAt");

-- CreateIndex
CREATE INDEX "TeamMembership_userId_idx" ON "TeamMembership"("userId");

-- CreateIndex
CREATE INDEX "AuditEntry_inspectionId_at_idx" ON "AuditEntry"("inspectionId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "OutboxMessage_publishedAt_createdAt_idx" ON "OutboxMessage"("publishedAt", "createdAt");

-- AddForeignKey
ALTER TABLE "FinalRating" ADD CONSTRAINT "FinalRating_setId_fkey" FOREIGN KEY ("setId") REFERENCES "FinalRatingSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AuditEntry: added by pnpm migrate (SHARED_TABLE_SQL in @yji/db)
CREATE OR REPLACE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE OR REPLACE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();
CREATE OR REPLACE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"();

-- FinalRatingSet: append-only, added by pnpm migrate (/// @append-only)
CREATE OR REPLACE FUNCTION "final_rating_set_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'FinalRatingSet is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE OR REPLACE TRIGGER "FinalRatingSet_append_only" BEFORE UPDATE OR DELETE ON "FinalRatingSet"
  FOR EACH ROW EXECUTE FUNCTION "final_rating_set_append_only"();
CREATE OR REPLACE TRIGGER "FinalRatingSet_no_truncate" BEFORE TRUNCATE ON "FinalRatingSet"
  FOR EACH STATEMENT EXECUTE FUNCTION "final_rating_set_append_only"();

-- FinalRating: append-only, added by pnpm migrate (/// @append-only)
CREATE OR REPLACE FUNCTION "final_rating_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'FinalRating is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE OR REPLACE TRIGGER "FinalRating_append_only" BEFORE UPDATE OR DELETE ON "FinalRating"
  FOR EACH ROW EXECUTE FUNCTION "final_rating_append_only"();
CREATE OR REPLACE TRIGGER "FinalRating_no_truncate" BEFORE TRUNCATE ON "FinalRating"
  FOR EACH STATEMENT EXECUTE FUNCTION "final_rating_append_only"();
