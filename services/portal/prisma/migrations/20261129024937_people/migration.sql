-- CreateTable
CREATE TABLE "Person" (
    "userId" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "signedInAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "Person_email_signedInAt_idx" ON "Person"("email", "signedInAt" DESC);
