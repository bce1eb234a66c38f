-- CreateTable
CREATE TABLE "RequestKey" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "requestHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RequestKey_inspectionId_idx" ON "RequestKey"("inspectionId");
