-- Written by hand: functions the shared tables' and the services' migrations call. Before the tables, so that a
-- schema built before the shared tables had a history of their own, baselined at 20261127140000_shared_tables
-- (packages/migrate: baseline.ts), gets them too; each replaces what it finds.

-- Makes each table named append-only: UPDATE, DELETE and TRUNCATE raise an exception, through
-- a function of the table's own (its name in snake case, then _append_only) and two triggers. A migration that
-- creates a table whose model is marked /// @append-only calls it (appendOnlySql in @yji/db); each statement
-- replaces what it finds, so calling it again changes nothing.
CREATE OR REPLACE FUNCTION "make_append_only"(tables text[]) RETURNS void LANGUAGE plpgsql AS $make$
DECLARE
  table_name text;
  refuse text;
BEGIN
  FOREACH table_name IN ARRAY tables LOOP
    refuse := lower(regexp_replace(table_name, '([a-z0-9])([A-Z])', '\1_\2', 'g')) || '_append_only';
    EXECUTE format(E'CREATE OR REPLACE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION %L, TG_OP;\nEND;\n$$',
      refuse, table_name || ' is append-only: % is not allowed');
    EXECUTE format('CREATE OR REPLACE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION %I()',
      table_name || '_append_only', table_name, refuse);
    EXECUTE format('CREATE OR REPLACE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      table_name || '_no_truncate', table_name, refuse);
  END LOOP;
END;
$make$;

-- The retention purge's one way through a service's append-only triggers (docs/retention.md),
-- here since the purge's bookkeeping is shared (purgeOnce in @yji/db). DELETE and TRUNCATE stay refused; a
-- table's BEFORE UPDATE trigger on this function lets an UPDATE through only when it is the purge: it sets
-- "purgedAt" on a row not yet purged, empties the personal columns the trigger names (null, '', {} or []), and
-- leaves every other column as it was. So the trigger, not the caller, guarantees that a redaction can only
-- remove.
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
