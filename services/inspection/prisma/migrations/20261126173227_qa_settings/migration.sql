-- CreateTable
CREATE TABLE "QaSettings" (
    "inspectionId" UUID NOT NULL,
    "policy" JSONB NOT NULL,
    "alertEscalation" JSONB,
    "setBy" TEXT NOT NULL,
    "setAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QaSettings_pkey" PRIMARY KEY ("inspectionId")
);
