-- CreateTable
CREATE TABLE "ParkedMessage" (
    "consumer" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "deliveries" INTEGER NOT NULL,
    "lastError" TEXT NOT NULL,
    "parkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replayRequestedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ParkedMessage_pkey" PRIMARY KEY ("consumer","messageId")
);
