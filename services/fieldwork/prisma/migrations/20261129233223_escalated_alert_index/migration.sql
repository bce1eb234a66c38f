-- CreateIndex
CREATE INDEX "SafeguardingAlert_escalatesTo_escalatedAt_idx" ON "SafeguardingAlert"("escalatesTo", "escalatedAt" DESC);
