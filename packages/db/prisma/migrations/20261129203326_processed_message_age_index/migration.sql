-- CreateIndex (the outbox relay's sweep finds old processed-message ids by it). IF NOT EXISTS: a schema whose
-- shared tables an earlier, squashed history made may have it already (packages/migrate, baseline.test.ts).
CREATE INDEX IF NOT EXISTS "ProcessedMessage_processedAt_idx" ON "ProcessedMessage"("processedAt");
