-- CreateTable
CREATE TABLE "Report" (
    "inspectionId" UUID NOT NULL,
    "ratingsSetId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishAt" TIMESTAMPTZ(3),
    "scheduleVersion" INTEGER NOT NULL DEFAULT 0,
    "embargoViewers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "publishedAt" TIMESTAMPTZ(3),
    "publishedVersion" INTEGER,

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
CREATE TABLE "FactualCheck" (
    "inspectionId" UUID NOT NULL,
    "draftVersion" INTEGER NOT NULL,
    "ratingsSetId" UUID NOT NULL,
    "sentBy" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline" TIMESTAMPTZ(3) NOT NULL,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "FactualCheck_pkey" PRIMARY KEY ("inspectionId")
);

-- CreateTable
CREATE TABLE "FactualComment" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "section" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "commentedBy" TEXT NOT NULL,
    "commentedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "purgedAt" TIMESTAMPTZ(3),

    CONSTRAINT "FactualComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentResponse" (
    "commentId" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "respondedBy" TEXT NOT NULL,
    "respondedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "purgedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CommentResponse_pkey" PRIMARY KEY ("commentId")
);

-- CreateTable
CREATE TABLE "InspectedService" (
    "inspectionId" UUID NOT NULL,
    "yjsCode" TEXT NOT NULL,

    CONSTRAINT "InspectedService_pkey" PRIMARY KEY ("inspectionId")
);

-- CreateTable
CREATE TABLE "ReportPdf" (
    "inspectionId" UUID NOT NULL,
    "pdf" BYTEA NOT NULL,
    "renderedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportPdf_pkey" PRIMARY KEY ("inspectionId")
);

-- CreateIndex
CREATE INDEX "ApprovedRatingSet_inspectionId_idx" ON "ApprovedRatingSet"("inspectionId");

-- CreateIndex
CREATE INDEX "FactualComment_inspectionId_idx" ON "FactualComment"("inspectionId");

-- CreateIndex
CREATE INDEX "CommentResponse_inspectionId_idx" ON "CommentResponse"("inspectionId");

-- ApprovedRatingSet, ReportDraft, FactualComment, CommentResponse: append-only, added by pnpm migrate (/// @append-only)
SELECT "make_append_only"(ARRAY['ApprovedRatingSet', 'ReportDraft', 'FactualComment', 'CommentResponse']);

-- Added by hand: a comment and a response stay append-only (DELETE and TRUNCATE refused) but for the retention
-- purge's redaction of their text (retention_redaction_only, from the shared tables' history;
-- docs/retention.md).
CREATE OR REPLACE TRIGGER "FactualComment_append_only" BEFORE DELETE ON "FactualComment"
  FOR EACH ROW EXECUTE FUNCTION "factual_comment_append_only"();
CREATE TRIGGER "FactualComment_redaction_only" BEFORE UPDATE ON "FactualComment"
  FOR EACH ROW EXECUTE FUNCTION "retention_redaction_only"('text');
CREATE OR REPLACE TRIGGER "CommentResponse_append_only" BEFORE DELETE ON "CommentResponse"
  FOR EACH ROW EXECUTE FUNCTION "comment_response_append_only"();
CREATE TRIGGER "CommentResponse_redaction_only" BEFORE UPDATE ON "CommentResponse"
  FOR EACH ROW EXECUTE FUNCTION "retention_redaction_only"('reason');
