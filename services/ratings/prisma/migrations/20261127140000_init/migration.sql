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
    "caseJudgements" JSONB,

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
    "keyQuestions" JSONB,

    CONSTRAINT "FinalRating_pkey" PRIMARY KEY ("setId","standardId")
);

-- CreateIndex
CREATE INDEX "CaseJudgement_inspectionId_idx" ON "CaseJudgement"("inspectionId");

-- CreateIndex
CREATE UNIQUE INDEX "FinalRatingSet_supersedes_key" ON "FinalRatingSet"("supersedes");

-- CreateIndex
CREATE INDEX "FinalRatingSet_inspectionId_approvedAt_idx" ON "FinalRatingSet"("inspectionId", "approvedAt");

-- AddForeignKey
ALTER TABLE "FinalRating" ADD CONSTRAINT "FinalRating_setId_fkey" FOREIGN KEY ("setId") REFERENCES "FinalRatingSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- FinalRatingSet, FinalRating: append-only, added by pnpm migrate (/// @append-only)
SELECT "make_append_only"(ARRAY['FinalRatingSet', 'FinalRating']);
