-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "publication";

-- CreateTable
CREATE TABLE "Report" (
    "inspectionId" UUID NOT NULL,
    "ratingsSetId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Report_pkey" PRIMARY KEY ("inspectionId")
);

-- CreateTable
CREATE TABLE "ApprovedRatingSet" (
    "setId" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "supersedes" UUID,
    "approvedAt" TIMESTAMPTZ(3) NOT NULL,
    "ratings" JSONB NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApprovedRatingSet_pkey" PRIMARY KEY ("setId")
);

-- CreateTable
CREATE TABLE "ReportDraft" (
    "inspectionId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "overview" TEXT NOT NULL,
    "findings" JSONB NOT NULL,
    "recommendations" JSONB NOT NULL,
    "editedBy" TEXT NOT NULL,
    "editedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportDraft_pkey" PRIMARY KEY ("inspectionId","version")
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
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMPTZ(3),
    "parkedAt" TIMESTAMPTZ(3),
    "lastError" TEXT,

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
CREATE INDEX "ApprovedRatingSet_inspectionId_idx" ON "ApprovedRatingSet"("inspectionId");

-- CreateIndex
CREATE INDEX "TeamMembership_userId_idx" ON "TeamMembership"("userId");

-- CreateIndex
CREATE INDEX "AuditEntry_inspectionId_at_idx" ON "AuditEntry"("inspectionId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "OutboxMessage_publishedAt_createdAt_idx" ON "OutboxMessage"("publishedAt", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_publishedAt_parkedAt_nextAttemptAt_idx" ON "OutboxMessage"("publishedAt", "parkedAt", "nextAttemptAt");

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

-- ApprovedRatingSet: append-only, added by pnpm migrate (/// @append-only)
CREATE OR REPLACE FUNCTION "approved_rating_set_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ApprovedRatingSet is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE OR REPLACE TRIGGER "ApprovedRatingSet_append_only" BEFORE UPDATE OR DELETE ON "ApprovedRatingSet"
  FOR EACH ROW EXECUTE FUNCTION "approved_rating_set_append_only"();
CREATE OR REPLACE TRIGGER "ApprovedRatingSet_no_truncate" BEFORE TRUNCATE ON "ApprovedRatingSet"
  FOR EACH STATEMENT EXECUTE FUNCTION "approved_rating_set_append_only"();

-- ReportDraft: append-only, added by pnpm migrate (/// @append-only)
CREATE OR REPLACE FUNCTION "report_draft_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ReportDraft is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE OR REPLACE TRIGGER "ReportDraft_append_only" BEFORE UPDATE OR DELETE ON "ReportDraft"
  FOR EACH ROW EXECUTE FUNCTION "report_draft_append_only"();
CREATE OR REPLACE TRIGGER "ReportDraft_no_truncate" BEFORE TRUNCATE ON "ReportDraft"
  FOR EACH STATEMENT EXECUTE FUNCTION "report_draft_append_only"();
