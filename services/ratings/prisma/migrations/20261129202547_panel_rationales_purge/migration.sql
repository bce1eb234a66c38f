-- AlterTable
ALTER TABLE "PanelDecision" ADD COLUMN     "purgedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "FinalRating" ADD COLUMN     "purgedAt" TIMESTAMPTZ(3);

-- Added by hand: a final rating stays append-only (DELETE and TRUNCATE refused) but for the retention purge's
-- redaction of a rationale the report did not publish (retention_redaction_only, from the shared tables'
-- history; docs/retention.md).
CREATE OR REPLACE TRIGGER "FinalRating_append_only" BEFORE DELETE ON "FinalRating"
  FOR EACH ROW EXECUTE FUNCTION "final_rating_append_only"();
CREATE TRIGGER "FinalRating_redaction_only" BEFORE UPDATE ON "FinalRating"
  FOR EACH ROW EXECUTE FUNCTION "retention_redaction_only"('rationale');
