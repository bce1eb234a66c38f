-- AlterTable
ALTER TABLE "PanelDecision" ADD COLUMN     "confirmed" TEXT;
