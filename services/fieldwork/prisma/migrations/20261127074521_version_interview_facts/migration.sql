-- AlterTable
ALTER TABLE "AssessmentVersion" ADD COLUMN     "interviewFacts" JSONB;
