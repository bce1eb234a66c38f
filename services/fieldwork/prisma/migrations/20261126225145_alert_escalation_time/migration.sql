-- AlterTable
ALTER TABLE "SafeguardingAlert" ADD COLUMN     "escalateAfterMs" INTEGER;
