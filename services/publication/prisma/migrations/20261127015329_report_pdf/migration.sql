-- CreateTable
CREATE TABLE "ReportPdf" (
    "inspectionId" UUID NOT NULL,
    "pdf" BYTEA NOT NULL,
    "renderedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportPdf_pkey" PRIMARY KEY ("inspectionId")
);
