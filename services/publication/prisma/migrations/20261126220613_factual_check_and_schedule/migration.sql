-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "publishAt" TIMESTAMPTZ(3),
ADD COLUMN     "publishedVersion" INTEGER,
ADD COLUMN     "scheduleVersion" INTEGER NOT NULL DEFAULT 0;

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

    CONSTRAINT "CommentResponse_pkey" PRIMARY KEY ("commentId")
);

-- CreateIndex
CREATE INDEX "FactualComment_inspectionId_idx" ON "FactualComment"("inspectionId");

-- CreateIndex
CREATE INDEX "CommentResponse_inspectionId_idx" ON "CommentResponse"("inspectionId");

-- FactualComment: append-only, added by pnpm migrate (/// @append-only)
CREATE OR REPLACE FUNCTION "factual_comment_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'FactualComment is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE OR REPLACE TRIGGER "FactualComment_append_only" BEFORE UPDATE OR DELETE ON "FactualComment"
  FOR EACH ROW EXECUTE FUNCTION "factual_comment_append_only"();
CREATE OR REPLACE TRIGGER "FactualComment_no_truncate" BEFORE TRUNCATE ON "FactualComment"
  FOR EACH STATEMENT EXECUTE FUNCTION "factual_comment_append_only"();

-- CommentResponse: append-only, added by pnpm migrate (/// @append-only)
CREATE OR REPLACE FUNCTION "comment_response_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'CommentResponse is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE OR REPLACE TRIGGER "CommentResponse_append_only" BEFORE UPDATE OR DELETE ON "CommentResponse"
  FOR EACH ROW EXECUTE FUNCTION "comment_response_append_only"();
CREATE OR REPLACE TRIGGER "CommentResponse_no_truncate" BEFORE TRUNCATE ON "CommentResponse"
  FOR EACH STATEMENT EXECUTE FUNCTION "comment_response_append_only"();
