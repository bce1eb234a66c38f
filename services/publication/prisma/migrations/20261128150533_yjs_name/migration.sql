-- AlterTable
ALTER TABLE "InspectedService" ADD COLUMN     "yjsName" TEXT;
