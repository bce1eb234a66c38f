-- AlterTable
ALTER TABLE "FinalRatingSet" ADD COLUMN     "caseJudgements" JSONB;
