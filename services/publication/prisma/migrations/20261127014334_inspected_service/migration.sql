-- CreateTable
CREATE TABLE "InspectedService" (
    "inspectionId" UUID NOT NULL,
    "yjsCode" TEXT NOT NULL,

    CONSTRAINT "InspectedService_pkey" PRIMARY KEY ("inspectionId")
);
