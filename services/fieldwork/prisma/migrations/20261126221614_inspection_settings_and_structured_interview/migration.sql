-- CreateTable
CREATE TABLE "InspectionSettings" (
    "inspectionId" UUID NOT NULL,
    "country" TEXT,
    "programme" JSONB,

    CONSTRAINT "InspectionSettings_pkey" PRIMARY KEY ("inspectionId")
);

-- CreateTable
CREATE TABLE "CaseManagerInterview" (
    "taskId" UUID NOT NULL,
    "tookPlace" BOOLEAN NOT NULL,
    "date" DATE,
    "role" TEXT,
    "caseManagerSeenBefore" BOOLEAN,
    "language" TEXT,
    "notes" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseManagerInterview_pkey" PRIMARY KEY ("taskId")
);

-- AddForeignKey
ALTER TABLE "CaseManagerInterview" ADD CONSTRAINT "CaseManagerInterview_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "CaseTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;
