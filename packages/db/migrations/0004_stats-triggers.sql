-- Keeps the stats_* rollups in step with events, organisations, venues and designations inside the writing transaction.
-- Statement-level triggers see every changed row at once (transition tables), sum the change per rollup key
-- and apply it in key order, so a bulk insert is one upsert and concurrent writers lock rows in the same order.
-- A row counts while deleted_at is null: a soft delete subtracts it, a restore adds it back.

-- The region itself and each of its ancestors, with the parent of each: 500106001001 →
-- (500000, null), (500106, 500000), (500106001, 500106), (500106001001, 500106001).
-- Must match regionLevelOf, regionParentCode and regionCodeLength in packages/domain/src/regions.ts
-- (apps/api/src/stats/sql-rules.test.ts compares the answers).
CREATE FUNCTION kepu_region_path(code text) RETURNS TABLE (region_code text, parent_code text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT path.region_code, path.parent_code FROM (VALUES
    (left(code, 2) || '0000', NULL),
    (CASE WHEN length(code) >= 6 AND code <> left(code, 2) || '0000' THEN left(code, 6) END, left(code, 2) || '0000'),
    (CASE WHEN length(code) >= 9 THEN left(code, 9) END, left(code, 6)),
    (CASE WHEN length(code) = 12 THEN code END, left(code, 9))
  ) AS path (region_code, parent_code)
  WHERE path.region_code IS NOT NULL
$$;
--> statement-breakpoint

-- The changed rows of a statement as (sign, row...): +1 for the new image, -1 for the old one.
CREATE FUNCTION kepu_stats_changes(operation text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE operation
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows'
  END
$$;
--> statement-breakpoint

-- The upserts that add the rows of `source` (a query yielding sign and event columns) to the three event rollups.
-- An event naming no audience group counts under 'unspecified': must match unspecifiedAudience in
-- packages/domain/src/enums.ts (apps/api/src/stats/sql-rules.test.ts checks it).
CREATE FUNCTION kepu_stats_events_sql(source text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT format($statement$
    WITH changed AS (
      SELECT c.sign, c.region_code, c.category, c.status, c.audience_groups,
        (c.starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
        c.attendance, coalesce(c.participants, 0) AS participants, c.online_views, c.volunteers
      FROM (%1$s) AS c
      WHERE c.deleted_at IS NULL
    ),
    expanded AS (
      SELECT c.*, path.region_code AS ancestor, path.parent_code, grain.name AS grain,
        CASE grain.name WHEN 'day' THEN c.day ELSE date_trunc('month', c.day)::date END AS bucket
      FROM changed AS c
      CROSS JOIN LATERAL kepu_region_path(c.region_code) AS path
      CROSS JOIN (VALUES ('day'), ('month')) AS grain (name)
      -- By category only for the city (by day and month) and its districts (by month): there an aggregate is far
      -- smaller than the rows it sums. A 镇街 holds too few events per category for a rollup to pay.
      WHERE length(path.region_code) = 6 AND (grain.name = 'month' OR path.parent_code IS NULL)
    ),
    by_category AS (
      INSERT INTO stats_event_buckets AS rollup
        (grain, region_code, parent_code, bucket, category, status, events, attendance, participants, online_views, volunteers)
      SELECT grain, ancestor, parent_code, bucket, category, status,
        sum(sign), sum(sign * attendance), sum(sign * participants), sum(sign * online_views), sum(sign * volunteers)
      FROM expanded
      GROUP BY grain, ancestor, parent_code, bucket, category, status
      HAVING sum(sign) <> 0 OR sum(sign * attendance) <> 0 OR sum(sign * participants) <> 0
        OR sum(sign * online_views) <> 0 OR sum(sign * volunteers) <> 0
      ORDER BY grain, ancestor, bucket, category, status
      ON CONFLICT (grain, region_code, bucket, category, status) DO UPDATE SET
        events = rollup.events + excluded.events, attendance = rollup.attendance + excluded.attendance,
        participants = rollup.participants + excluded.participants, online_views = rollup.online_views + excluded.online_views,
        volunteers = rollup.volunteers + excluded.volunteers
    ),
    by_audience AS (
      INSERT INTO stats_audience_buckets AS rollup
        (grain, region_code, parent_code, bucket, audience_group, status, events, attendance, participants, online_views, volunteers)
      SELECT grain, ancestor, parent_code, bucket, audience.name, status,
        sum(sign), sum(sign * attendance), sum(sign * participants), sum(sign * online_views), sum(sign * volunteers)
      FROM expanded
      CROSS JOIN LATERAL unnest(CASE WHEN cardinality(audience_groups) = 0 THEN ARRAY['unspecified'] ELSE audience_groups::text[] END) AS audience (name)
      GROUP BY grain, ancestor, parent_code, bucket, audience.name, status
      HAVING sum(sign) <> 0 OR sum(sign * attendance) <> 0 OR sum(sign * participants) <> 0
        OR sum(sign * online_views) <> 0 OR sum(sign * volunteers) <> 0
      ORDER BY grain, ancestor, bucket, audience.name, status
      ON CONFLICT (grain, region_code, bucket, audience_group, status) DO UPDATE SET
        events = rollup.events + excluded.events, attendance = rollup.attendance + excluded.attendance,
        participants = rollup.participants + excluded.participants, online_views = rollup.online_views + excluded.online_views,
        volunteers = rollup.volunteers + excluded.volunteers
    )
    INSERT INTO stats_region_months AS rollup
      (region_code, parent_code, bucket, status, events, attendance, participants, online_views, volunteers)
    SELECT path.region_code, path.parent_code, date_trunc('month', c.day)::date, c.status,
      sum(c.sign), sum(c.sign * c.attendance), sum(c.sign * c.participants), sum(c.sign * c.online_views), sum(c.sign * c.volunteers)
    FROM changed AS c
    CROSS JOIN LATERAL kepu_region_path(c.region_code) AS path
    WHERE length(path.region_code) IN (6, 9)
    GROUP BY path.region_code, path.parent_code, date_trunc('month', c.day), c.status
    HAVING sum(c.sign) <> 0 OR sum(c.sign * c.attendance) <> 0 OR sum(c.sign * c.participants) <> 0
      OR sum(c.sign * c.online_views) <> 0 OR sum(c.sign * c.volunteers) <> 0
    ORDER BY 1, 3, 4
    ON CONFLICT (region_code, bucket, status) DO UPDATE SET
      events = rollup.events + excluded.events, attendance = rollup.attendance + excluded.attendance,
      participants = rollup.participants + excluded.participants, online_views = rollup.online_views + excluded.online_views,
      volunteers = rollup.volunteers + excluded.volunteers
  $statement$, source)
$$;
--> statement-breakpoint

CREATE FUNCTION kepu_stats_organisations_sql(source text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT format($statement$
    INSERT INTO stats_organisation_counts AS rollup (region_code, parent_code, type, organisations, members, registered_volunteers)
    SELECT path.region_code, path.parent_code, c.type, sum(c.sign), sum(c.sign * c.member_count), sum(c.sign * c.volunteer_count)
    FROM (%1$s) AS c
    CROSS JOIN LATERAL kepu_region_path(c.region_code) AS path
    WHERE c.deleted_at IS NULL
    GROUP BY path.region_code, path.parent_code, c.type
    HAVING sum(c.sign) <> 0 OR sum(c.sign * c.member_count) <> 0 OR sum(c.sign * c.volunteer_count) <> 0
    ORDER BY path.region_code, c.type
    ON CONFLICT (region_code, type) DO UPDATE SET
      organisations = rollup.organisations + excluded.organisations, members = rollup.members + excluded.members,
      registered_volunteers = rollup.registered_volunteers + excluded.registered_volunteers
  $statement$, source)
$$;
--> statement-breakpoint

CREATE FUNCTION kepu_stats_venues_sql(source text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT format($statement$
    INSERT INTO stats_venue_counts AS rollup (region_code, parent_code, type, status, venues)
    SELECT path.region_code, path.parent_code, c.type, c.status, sum(c.sign)
    FROM (%1$s) AS c
    CROSS JOIN LATERAL kepu_region_path(c.region_code) AS path
    WHERE c.deleted_at IS NULL
    GROUP BY path.region_code, path.parent_code, c.type, c.status
    HAVING sum(c.sign) <> 0
    ORDER BY path.region_code, c.type, c.status
    ON CONFLICT (region_code, type, status) DO UPDATE SET venues = rollup.venues + excluded.venues
  $statement$, source)
$$;
--> statement-breakpoint

-- Recomputes the honour spans of the given venues and moves the designated-venue counts with them. A venue's
-- spans depend on its own row (live, open, region) and on its designations, so both tables' triggers call this.
CREATE FUNCTION kepu_stats_refresh_honours(venue_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(venue_ids) = 0 THEN
    RETURN;
  END IF;
  -- Writers touching the same venue's honours take turns, so each sees the spans the other left.
  PERFORM 1 FROM venues WHERE id = ANY (venue_ids) ORDER BY id FOR UPDATE;

  INSERT INTO stats_designated_venues AS rollup (region_code, level, valid_from, valid_to, venues)
  SELECT path.region_code, span.level, span.valid_from, span.valid_to, -count(*)
  FROM stats_venue_honour_spans AS span
  CROSS JOIN LATERAL kepu_region_path(span.region_code) AS path
  WHERE span.venue_id = ANY (venue_ids)
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (region_code, level, valid_from, valid_to) DO UPDATE SET venues = rollup.venues + excluded.venues;

  DELETE FROM stats_venue_honour_spans WHERE venue_id = ANY (venue_ids);

  -- Gaps and islands: a designation starts a new span unless an earlier one of the same venue and level
  -- reaches its first day.
  INSERT INTO stats_venue_honour_spans (venue_id, level, region_code, valid_from, valid_to)
  WITH honours AS (
    SELECT d.venue_id, d.level, v.region_code, d.valid_from, coalesce(d.valid_to, 'infinity'::date) AS valid_to
    FROM designations AS d JOIN venues AS v ON v.id = d.venue_id
    WHERE d.venue_id = ANY (venue_ids) AND d.deleted_at IS NULL AND v.deleted_at IS NULL AND v.status = 'open'
  ), marked AS (
    SELECT honours.*, CASE WHEN valid_from <= max(valid_to) OVER (
        PARTITION BY venue_id, level ORDER BY valid_from, valid_to ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
      ) THEN 0 ELSE 1 END AS starts_span
    FROM honours
  ), numbered AS (
    SELECT marked.*, sum(starts_span) OVER (PARTITION BY venue_id, level ORDER BY valid_from, valid_to) AS span
    FROM marked
  )
  SELECT venue_id, level, min(region_code), min(valid_from), max(valid_to)
  FROM numbered
  GROUP BY venue_id, level, span;

  INSERT INTO stats_designated_venues AS rollup (region_code, level, valid_from, valid_to, venues)
  SELECT path.region_code, span.level, span.valid_from, span.valid_to, count(*)
  FROM stats_venue_honour_spans AS span
  CROSS JOIN LATERAL kepu_region_path(span.region_code) AS path
  WHERE span.venue_id = ANY (venue_ids)
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (region_code, level, valid_from, valid_to) DO UPDATE SET venues = rollup.venues + excluded.venues;
END
$$;
--> statement-breakpoint

CREATE FUNCTION kepu_stats_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- The generated statement reads the transition tables, so it must run here, in the trigger's own context.
  CASE TG_TABLE_NAME
    WHEN 'events' THEN
      EXECUTE kepu_stats_events_sql(kepu_stats_changes(TG_OP));
    WHEN 'organisations' THEN
      EXECUTE kepu_stats_organisations_sql(kepu_stats_changes(TG_OP));
    WHEN 'venues' THEN
      EXECUTE kepu_stats_venues_sql(kepu_stats_changes(TG_OP));
      -- Only an update can move a venue's honours: a new venue holds no designation yet, and one that
      -- does cannot be purged. Of an update, only a change of liveness, status or region counts.
      IF TG_OP = 'UPDATE' THEN
        EXECUTE 'SELECT kepu_stats_refresh_honours(array(
          SELECT n.id FROM new_rows AS n JOIN old_rows AS o USING (id)
          WHERE (n.deleted_at IS NULL, n.status, n.region_code) IS DISTINCT FROM (o.deleted_at IS NULL, o.status, o.region_code)))';
      END IF;
    WHEN 'designations' THEN
      EXECUTE format('SELECT kepu_stats_refresh_honours(array(SELECT DISTINCT venue_id FROM (%s) AS c WHERE venue_id IS NOT NULL))', kepu_stats_changes(TG_OP));
  END CASE;
  RETURN NULL;
END
$$;
--> statement-breakpoint

-- Recomputes every rollup from the base tables: the check for drift and the way back after a bulk load with
-- triggers disabled. It deletes rather than truncates so readers keep seeing the old figures until it commits.
CREATE FUNCTION kepu_stats_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE events, organisations, venues, designations IN SHARE MODE;
  DELETE FROM stats_event_buckets;
  DELETE FROM stats_audience_buckets;
  DELETE FROM stats_region_months;
  DELETE FROM stats_organisation_counts;
  DELETE FROM stats_venue_counts;
  DELETE FROM stats_venue_honour_spans;
  DELETE FROM stats_designated_venues;
  EXECUTE kepu_stats_events_sql('SELECT 1 AS sign, * FROM events');
  EXECUTE kepu_stats_organisations_sql('SELECT 1 AS sign, * FROM organisations');
  EXECUTE kepu_stats_venues_sql('SELECT 1 AS sign, * FROM venues');
  PERFORM kepu_stats_refresh_honours(array(SELECT id FROM venues));
END
$$;
--> statement-breakpoint

CREATE TRIGGER events_stats_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_stats_apply();
--> statement-breakpoint
CREATE TRIGGER events_stats_update AFTER UPDATE ON events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_stats_apply();
--> statement-breakpoint
CREATE TRIGGER events_stats_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_stats_apply();
--> statement-breakpoint
CREATE TRIGGER organisations_stats_insert AFTER INSERT ON organisations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_stats_apply();
--> statement-breakpoint
CREATE TRIGGER organisations_stats_update AFTER UPDATE ON organisations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_stats_apply();
--> statement-breakpoint
CREATE TRIGGER organisations_stats_delete AFTER DELETE ON organisations REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_stats_apply();
--> statement-breakpoint
CREATE TRIGGER venues_stats_insert AFTER INSERT ON venues REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_stats_apply();
--> statement-breakpoint
CREATE TRIGGER venues_stats_update AFTER UPDATE ON venues REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_stats_apply();
--> statement-breakpoint
CREATE TRIGGER venues_stats_delete AFTER DELETE ON venues REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_stats_apply();
--> statement-breakpoint

CREATE TRIGGER designations_stats_insert AFTER INSERT ON designations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_stats_apply();
--> statement-breakpoint
CREATE TRIGGER designations_stats_update AFTER UPDATE ON designations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_stats_apply();
--> statement-breakpoint
CREATE TRIGGER designations_stats_delete AFTER DELETE ON designations REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kepu_stats_apply();
--> statement-breakpoint

-- Databases that already hold records start with correct rollups.
SELECT kepu_stats_rebuild();
