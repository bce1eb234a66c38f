-- CreateTable
CREATE TABLE "CaseReopening" (
    "taskId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "reopenedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CaseReopening_pkey" PRIMARY KEY ("taskId")
);
