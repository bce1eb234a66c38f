-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMPTZ(3),
ADD COLUMN     "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "parkedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "OutboxMessage_publishedAt_parkedAt_nextAttemptAt_idx" ON "OutboxMessage"("publishedAt", "parkedAt", "nextAttemptAt");
