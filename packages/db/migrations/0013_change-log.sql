CREATE TABLE "change_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"tx" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"entity" text NOT NULL,
	"record_id" text NOT NULL,
	"action" text NOT NULL,
	"region_code" text,
	"previous_region_code" text,
	"version" integer,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "change_log_tx_seq_idx" ON "change_log" USING btree ("tx","seq");--> statement-breakpoint

-- Record changes are logged by the database, in the writing transaction, so every path that writes a record
-- (the API, an import's commit, the demo loader, restore, revert, a purge from the trash) is covered without
-- remembering to. Statement-level triggers read the changed rows as transition tables: a bulk insert of a
-- thousand rows adds one INSERT … SELECT, not a thousand. No trigger writes to the record tables (the stats
-- triggers of 0004 only lock venues, which fires nothing), so every logged row is a change someone made.
-- Rows go in the order the statement wrote them: an import that inserts a parent organisation before its
-- children logs them in that order too.
CREATE FUNCTION kepu_log_record_changes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (entity, record_id, action, region_code, version)
    SELECT TG_TABLE_NAME, n.id::text, 'created', n.region_code, n.version FROM new_rows AS n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO change_log (entity, record_id, action, region_code, previous_region_code, version)
    SELECT TG_TABLE_NAME, n.id::text,
      CASE
        WHEN o.deleted_at IS NULL AND n.deleted_at IS NOT NULL THEN 'deleted'
        WHEN o.deleted_at IS NOT NULL AND n.deleted_at IS NULL THEN 'restored'
        ELSE 'updated'
      END,
      n.region_code,
      CASE WHEN (o.deleted_at IS NULL AND n.deleted_at IS NOT NULL) OR o.region_code <> n.region_code THEN o.region_code END,
      n.version
    FROM new_rows AS n JOIN old_rows AS o USING (id);
  ELSE
    INSERT INTO change_log (entity, record_id, action, previous_region_code, version)
    SELECT TG_TABLE_NAME, o.id::text, 'purged', o.region_code, o.version FROM old_rows AS o;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER organisations_change_log_insert AFTER INSERT ON organisations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER organisations_change_log_update AFTER UPDATE ON organisations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER organisations_change_log_delete AFTER DELETE ON organisations REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER venues_change_log_insert AFTER INSERT ON venues REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER venues_change_log_update AFTER UPDATE ON venues REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER venues_change_log_delete AFTER DELETE ON venues REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER events_change_log_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER events_change_log_update AFTER UPDATE ON events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER events_change_log_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER summaries_change_log_insert AFTER INSERT ON summaries REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER summaries_change_log_update AFTER UPDATE ON summaries REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER summaries_change_log_delete AFTER DELETE ON summaries REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER designations_change_log_insert AFTER INSERT ON designations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER designations_change_log_update AFTER UPDATE ON designations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER designations_change_log_delete AFTER DELETE ON designations REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER indicators_change_log_insert AFTER INSERT ON indicators REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER indicators_change_log_update AFTER UPDATE ON indicators REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint
CREATE TRIGGER indicators_change_log_delete AFTER DELETE ON indicators REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_log_record_changes();
--> statement-breakpoint

-- Backfill: one `created` row for every live record, so a reader starting from the beginning gets every
-- record that exists; deleted records were never seen by anyone following the log and need no tombstone.
-- Parents first (organisations before the venues they run …), then in the order they were made.
INSERT INTO change_log (entity, record_id, action, region_code, version, occurred_at)
SELECT 'organisations', id::text, 'created', region_code, version, created_at FROM organisations WHERE deleted_at IS NULL ORDER BY created_at, id;
--> statement-breakpoint
INSERT INTO change_log (entity, record_id, action, region_code, version, occurred_at)
SELECT 'venues', id::text, 'created', region_code, version, created_at FROM venues WHERE deleted_at IS NULL ORDER BY created_at, id;
--> statement-breakpoint
INSERT INTO change_log (entity, record_id, action, region_code, version, occurred_at)
SELECT 'events', id::text, 'created', region_code, version, created_at FROM events WHERE deleted_at IS NULL ORDER BY created_at, id;
--> statement-breakpoint
INSERT INTO change_log (entity, record_id, action, region_code, version, occurred_at)
SELECT 'summaries', id::text, 'created', region_code, version, created_at FROM summaries WHERE deleted_at IS NULL ORDER BY created_at, id;
--> statement-breakpoint
INSERT INTO change_log (entity, record_id, action, region_code, version, occurred_at)
SELECT 'designations', id::text, 'created', region_code, version, created_at FROM designations WHERE deleted_at IS NULL ORDER BY created_at, id;
--> statement-breakpoint
INSERT INTO change_log (entity, record_id, action, region_code, version, occurred_at)
SELECT 'indicators', id::text, 'created', region_code, version, created_at FROM indicators WHERE deleted_at IS NULL ORDER BY created_at, id;
