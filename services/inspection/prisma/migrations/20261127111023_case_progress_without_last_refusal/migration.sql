-- AlterTable
ALTER TABLE "CaseProgress" DROP COLUMN "lastRefusal";
