-- CreateTable
CREATE TABLE "CaseProgress" (
    "taskId" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "caseRef" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "assigneeId" TEXT,
    "dueAt" TIMESTAMPTZ(3),
    "overdue" BOOLEAN NOT NULL,
    "lastRefusal" JSONB,
    "changedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "CaseProgress_pkey" PRIMARY KEY ("taskId")
);

-- CreateIndex
CREATE INDEX "CaseProgress_inspectionId_idx" ON "CaseProgress"("inspectionId");
