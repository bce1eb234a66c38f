-- AlterTable
ALTER TABLE "ApprovedRatingSet" ADD COLUMN     "purgedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "ReportDraft" ADD COLUMN     "purgedAt" TIMESTAMPTZ(3);

-- Added by hand: a version of the report's text and an approved set stay append-only (DELETE and TRUNCATE
-- refused) but for the retention purge's redaction of what the report never published (docs/retention.md).
-- A version: its text emptied, as the comments' (retention_redaction_only, from the shared tables' history).
CREATE OR REPLACE TRIGGER "ReportDraft_append_only" BEFORE DELETE ON "ReportDraft"
  FOR EACH ROW EXECUTE FUNCTION "report_draft_append_only"();
CREATE TRIGGER "ReportDraft_redaction_only" BEFORE UPDATE ON "ReportDraft"
  FOR EACH ROW EXECUTE FUNCTION "retention_redaction_only"('overview', 'findings', 'recommendations');

-- A set: its ratings are one JSON value, of which only the panel's rationales (ratings.standards[].rationale)
-- may go. An UPDATE is let through only when it sets "purgedAt" on a set not yet purged, changes no other
-- column, and leaves the ratings as they were but for rationales nulled or removed: every key but
-- "standards" the same, the same standards in the same order, each the same but for its rationale, which
-- is the same, null or gone.
CREATE OR REPLACE FUNCTION "approved_rating_set_rationales_redaction_only"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_standards jsonb := OLD.ratings -> 'standards';
  new_standards jsonb := NEW.ratings -> 'standards';
BEGIN
  IF OLD."purgedAt" IS NOT NULL OR NEW."purgedAt" IS NULL
    OR (to_jsonb(NEW) - 'ratings' - 'purgedAt') IS DISTINCT FROM (to_jsonb(OLD) - 'ratings' - 'purgedAt')
    OR jsonb_typeof(NEW.ratings) IS DISTINCT FROM 'object' OR jsonb_typeof(OLD.ratings) IS DISTINCT FROM 'object'
    OR (NEW.ratings - 'standards') IS DISTINCT FROM (OLD.ratings - 'standards')
    OR jsonb_typeof(new_standards) IS DISTINCT FROM jsonb_typeof(old_standards)
  THEN
    RAISE EXCEPTION '% is append-only: UPDATE is allowed only to purge it under the retention policy', TG_TABLE_NAME;
  END IF;
  IF jsonb_typeof(old_standards) = 'array' AND (
    jsonb_array_length(new_standards) <> jsonb_array_length(old_standards)
    OR EXISTS (
      SELECT 1
        FROM jsonb_array_elements(old_standards) WITH ORDINALITY AS o(standard, place)
        JOIN jsonb_array_elements(new_standards) WITH ORDINALITY AS n(standard, place) USING (place)
       WHERE jsonb_typeof(n.standard) IS DISTINCT FROM 'object' OR jsonb_typeof(o.standard) IS DISTINCT FROM 'object'
          OR (n.standard - 'rationale') IS DISTINCT FROM (o.standard - 'rationale')
          OR COALESCE(n.standard -> 'rationale', 'null') NOT IN ('null', COALESCE(o.standard -> 'rationale', 'null'))
    )
  ) THEN
    RAISE EXCEPTION '% is append-only: the retention purge may only remove the rationales', TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END;
$$;
CREATE OR REPLACE TRIGGER "ApprovedRatingSet_append_only" BEFORE DELETE ON "ApprovedRatingSet"
  FOR EACH ROW EXECUTE FUNCTION "approved_rating_set_append_only"();
CREATE TRIGGER "ApprovedRatingSet_redaction_only" BEFORE UPDATE ON "ApprovedRatingSet"
  FOR EACH ROW EXECUTE FUNCTION "approved_rating_set_rationales_redaction_only"();
