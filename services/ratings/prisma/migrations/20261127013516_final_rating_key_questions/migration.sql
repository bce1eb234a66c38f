-- AlterTable
ALTER TABLE "FinalRating" ADD COLUMN     "keyQuestions" JSONB;
