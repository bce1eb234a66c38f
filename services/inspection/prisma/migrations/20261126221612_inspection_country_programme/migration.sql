-- AlterTable
ALTER TABLE "Inspection" ADD COLUMN     "country" TEXT,
ADD COLUMN     "programme" JSONB;
