-- AlterTable
ALTER TABLE "ExclusionFlag" ADD COLUMN     "keptAt" TIMESTAMP(3),
ADD COLUMN     "keptBy" TEXT;
