-- AlterTable
ALTER TABLE "InspectedService" ADD COLUMN     "fieldworkStart" TEXT;
