-- CreateTable
CREATE TABLE "TeamMembershipChange" (
    "inspectionId" UUID NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TeamMembershipChange_pkey" PRIMARY KEY ("inspectionId","userId","role")
);
