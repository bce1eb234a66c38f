-- CreateTable
CREATE TABLE "RetentionPurge" (
    "inspectionId" UUID NOT NULL,
    "purgedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed" JSONB NOT NULL,

    CONSTRAINT "RetentionPurge_pkey" PRIMARY KEY ("inspectionId")
);
