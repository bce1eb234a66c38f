-- CreateTable
CREATE TABLE "RetentionPurge" (
    "inspectionId" UUID NOT NULL,
    "purgedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed" JSONB NOT NULL,

    CONSTRAINT "RetentionPurge_pkey" PRIMARY KEY ("inspectionId")
);

-- Added by hand: a case's exclusion was audited with the lead inspector's reason, which is free text about the
-- child. The audit log stays append-only (DELETE and TRUNCATE refused) but lets one UPDATE through: the
-- retention purge nulling "reason" of an entry whose inspection's purge is recorded, every other column as it
-- was (docs/retention.md).
CREATE OR REPLACE FUNCTION "audit_entry_reason_redaction_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.reason IS NOT NULL
     OR (to_jsonb(NEW) - 'reason') IS DISTINCT FROM (to_jsonb(OLD) - 'reason')
     OR NOT EXISTS (SELECT 1 FROM "RetentionPurge" WHERE "inspectionId" = OLD."inspectionId") THEN
    RAISE EXCEPTION 'AuditEntry is append-only: UPDATE is allowed only to purge it under the retention policy';
  END IF;
  RETURN NEW;
END;
$$;
CREATE OR REPLACE TRIGGER "AuditEntry_append_only" BEFORE DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();
CREATE TRIGGER "AuditEntry_reason_redaction_only" BEFORE UPDATE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_reason_redaction_only"();
