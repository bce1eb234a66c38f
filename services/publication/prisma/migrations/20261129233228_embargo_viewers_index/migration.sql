-- CreateIndex
CREATE INDEX "Report_embargoViewers_idx" ON "Report" USING GIN ("embargoViewers");
