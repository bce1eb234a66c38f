-- AlterTable
-- Edited by hand: a rename, not the generated drop and add, so a stored confirmation keeps the rating it
-- confirmed, now the rating it was decided from. A move stored before this has none (it stands on its
-- direction alone, docs/domain.md).
ALTER TABLE "PanelDecision" RENAME COLUMN "confirmed" TO "decidedFrom";
