-- AlterTable
ALTER TABLE "AssessmentVersion" ADD COLUMN     "purgedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "ReviewEntry" ADD COLUMN     "purgedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "AlertAction" ADD COLUMN     "purgedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "RetentionPurge" (
    "inspectionId" UUID NOT NULL,
    "purgedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed" JSONB NOT NULL,

    CONSTRAINT "RetentionPurge_pkey" PRIMARY KEY ("inspectionId")
);

-- Added by hand: the retention purge's one way through the append-only triggers (docs/retention.md). DELETE
-- and TRUNCATE stay refused; an UPDATE is let through only when it is the purge: it sets "purgedAt" on a row
-- not yet purged, empties the personal columns the trigger names (null, '', {} or []), and leaves every other
-- column as it was. So the trigger, not the caller, guarantees that a redaction can only remove.
CREATE OR REPLACE FUNCTION "retention_redaction_only"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  personal text[] := TG_ARGV;
  kept_before jsonb := to_jsonb(OLD) - personal - 'purgedAt';
  kept_after jsonb := to_jsonb(NEW) - personal - 'purgedAt';
  column_name text;
BEGIN
  IF OLD."purgedAt" IS NOT NULL OR NEW."purgedAt" IS NULL OR kept_after IS DISTINCT FROM kept_before THEN
    RAISE EXCEPTION '% is append-only: UPDATE is allowed only to purge it under the retention policy', TG_TABLE_NAME;
  END IF;
  FOREACH column_name IN ARRAY personal LOOP
    IF NOT (to_jsonb(NEW) -> column_name) = ANY (ARRAY['null', '""', '{}', '[]']::jsonb[]) THEN
      RAISE EXCEPTION '% is append-only: the retention purge may only empty %', TG_TABLE_NAME, column_name;
    END IF;
  END LOOP;
  RETURN NEW;
END;
$$;
CREATE OR REPLACE TRIGGER "AssessmentVersion_append_only" BEFORE DELETE ON "AssessmentVersion"
  FOR EACH ROW EXECUTE FUNCTION "fieldwork_append_only"();
CREATE TRIGGER "AssessmentVersion_redaction_only" BEFORE UPDATE ON "AssessmentVersion"
  FOR EACH ROW EXECUTE FUNCTION "retention_redaction_only"(
    'answers', 'rationale', 'inspectorClassification', 'relevantFactors', 'careExperience');
CREATE OR REPLACE TRIGGER "ReviewEntry_append_only" BEFORE DELETE ON "ReviewEntry"
  FOR EACH ROW EXECUTE FUNCTION "fieldwork_append_only"();
CREATE TRIGGER "ReviewEntry_redaction_only" BEFORE UPDATE ON "ReviewEntry"
  FOR EACH ROW EXECUTE FUNCTION "retention_redaction_only"('reason', 'comments');
CREATE OR REPLACE TRIGGER "AlertAction_append_only" BEFORE DELETE ON "AlertAction"
  FOR EACH ROW EXECUTE FUNCTION "fieldwork_append_only"();
CREATE TRIGGER "AlertAction_redaction_only" BEFORE UPDATE ON "AlertAction"
  FOR EACH ROW EXECUTE FUNCTION "retention_redaction_only"('action');
