-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "embargoViewers" TEXT[] DEFAULT ARRAY[]::TEXT[];
