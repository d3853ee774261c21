ALTER TABLE "events" DROP CONSTRAINT "events_participants_check";--> statement-breakpoint
DROP INDEX "indicators_region_year_kind_live_key";--> statement-breakpoint
ALTER TABLE "designations" ALTER COLUMN "level" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "designations" ALTER COLUMN "valid_from" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "attendance" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ALTER COLUMN "year" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ALTER COLUMN "source" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ALTER COLUMN "level" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ALTER COLUMN "volunteer_count" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "organisations" ALTER COLUMN "volunteer_count" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_designated_venues" ALTER COLUMN "level" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "stats_venue_honour_spans" ALTER COLUMN "level" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "attendance_qualifier" "figure_qualifier";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "participants_qualifier" "figure_qualifier";--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "year_to" integer;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "value_qualifier" "figure_qualifier";--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "volunteer_count_qualifier" "figure_qualifier";--> statement-breakpoint
ALTER TABLE "stats_audience_buckets" ADD COLUMN "attendance_unknown" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_audience_buckets" ADD COLUMN "participants_unknown" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_event_buckets" ADD COLUMN "attendance_unknown" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_event_buckets" ADD COLUMN "participants_unknown" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_organisation_counts" ADD COLUMN "registered_volunteers_unknown" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_region_months" ADD COLUMN "attendance_unknown" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stats_region_months" ADD COLUMN "participants_unknown" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_region_year_kind_live_key" ON "indicators" USING btree ("region_code","year","kind",coalesce("year_to", "year")) WHERE "indicators"."deleted_at" is null;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_participants_check_non_negative" CHECK ("events"."participants" >= 0);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_participants_check" CHECK ("events"."participants" is null or "events"."attendance" is null or "events"."participants" <= "events"."attendance");--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_year_span_check" CHECK ("indicators"."year_to" is null or ("indicators"."year" is not null and "indicators"."year_to" >= "indicators"."year"));--> statement-breakpoint

-- The stats triggers learn unknown values (migration 0004 has the functions' first versions):
-- an event's unknown 人次 / 人数 adds nothing to the sums and one to attendance_unknown / participants_unknown;
-- an organisation's unknown volunteer count likewise to registered_volunteers_unknown; an honour given without a
-- level counts under 'unspecified' (unspecifiedLevel in packages/domain/src/enums.ts, checked by
-- apps/api/src/stats/sql-rules.test.ts), one with an unknown start as valid from '-infinity'.
-- Rows stored before this migration have no unknown values, so the new columns' default 0 is already right
-- and no rebuild is needed.
CREATE OR REPLACE FUNCTION kepu_stats_events_sql(source text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT format($statement$
    WITH changed AS (
      SELECT c.sign, c.region_code, c.category, c.status, c.audience_groups,
        (c.starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
        coalesce(c.attendance, 0) AS attendance, (c.attendance IS NULL)::int AS attendance_unknown,
        coalesce(c.participants, 0) AS participants, (c.participants IS NULL)::int AS participants_unknown, c.online_views, c.volunteers
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
        (grain, region_code, parent_code, bucket, category, status, events, attendance, participants, online_views, volunteers,
        attendance_unknown, participants_unknown)
      SELECT grain, ancestor, parent_code, bucket, category, status,
        sum(sign), sum(sign * attendance), sum(sign * participants), sum(sign * online_views), sum(sign * volunteers),
        sum(sign * attendance_unknown), sum(sign * participants_unknown)
      FROM expanded
      GROUP BY grain, ancestor, parent_code, bucket, category, status
      HAVING sum(sign) <> 0 OR sum(sign * attendance) <> 0 OR sum(sign * participants) <> 0
        OR sum(sign * online_views) <> 0 OR sum(sign * volunteers) <> 0
        OR sum(sign * attendance_unknown) <> 0 OR sum(sign * participants_unknown) <> 0
      ORDER BY grain, ancestor, bucket, category, status
      ON CONFLICT (grain, region_code, bucket, category, status) DO UPDATE SET
        events = rollup.events + excluded.events, attendance = rollup.attendance + excluded.attendance,
        participants = rollup.participants + excluded.participants, online_views = rollup.online_views + excluded.online_views,
        volunteers = rollup.volunteers + excluded.volunteers,
        attendance_unknown = rollup.attendance_unknown + excluded.attendance_unknown,
        participants_unknown = rollup.participants_unknown + excluded.participants_unknown
    ),
    by_audience AS (
      INSERT INTO stats_audience_buckets AS rollup
        (grain, region_code, parent_code, bucket, audience_group, status, events, attendance, participants, online_views, volunteers,
        attendance_unknown, participants_unknown)
      SELECT grain, ancestor, parent_code, bucket, audience.name, status,
        sum(sign), sum(sign * attendance), sum(sign * participants), sum(sign * online_views), sum(sign * volunteers),
        sum(sign * attendance_unknown), sum(sign * participants_unknown)
      FROM expanded
      CROSS JOIN LATERAL unnest(CASE WHEN cardinality(audience_groups) = 0 THEN ARRAY['unspecified'] ELSE audience_groups::text[] END) AS audience (name)
      GROUP BY grain, ancestor, parent_code, bucket, audience.name, status
      HAVING sum(sign) <> 0 OR sum(sign * attendance) <> 0 OR sum(sign * participants) <> 0
        OR sum(sign * online_views) <> 0 OR sum(sign * volunteers) <> 0
        OR sum(sign * attendance_unknown) <> 0 OR sum(sign * participants_unknown) <> 0
      ORDER BY grain, ancestor, bucket, audience.name, status
      ON CONFLICT (grain, region_code, bucket, audience_group, status) DO UPDATE SET
        events = rollup.events + excluded.events, attendance = rollup.attendance + excluded.attendance,
        participants = rollup.participants + excluded.participants, online_views = rollup.online_views + excluded.online_views,
        volunteers = rollup.volunteers + excluded.volunteers,
        attendance_unknown = rollup.attendance_unknown + excluded.attendance_unknown,
        participants_unknown = rollup.participants_unknown + excluded.participants_unknown
    )
    INSERT INTO stats_region_months AS rollup
      (region_code, parent_code, bucket, status, events, attendance, participants, online_views, volunteers, attendance_unknown, participants_unknown)
    SELECT path.region_code, path.parent_code, date_trunc('month', c.day)::date, c.status,
      sum(c.sign), sum(c.sign * c.attendance), sum(c.sign * c.participants), sum(c.sign * c.online_views), sum(c.sign * c.volunteers),
      sum(c.sign * c.attendance_unknown), sum(c.sign * c.participants_unknown)
    FROM changed AS c
    CROSS JOIN LATERAL kepu_region_path(c.region_code) AS path
    WHERE length(path.region_code) IN (6, 9)
    GROUP BY path.region_code, path.parent_code, date_trunc('month', c.day), c.status
    HAVING sum(c.sign) <> 0 OR sum(c.sign * c.attendance) <> 0 OR sum(c.sign * c.participants) <> 0
      OR sum(c.sign * c.online_views) <> 0 OR sum(c.sign * c.volunteers) <> 0
      OR sum(c.sign * c.attendance_unknown) <> 0 OR sum(c.sign * c.participants_unknown) <> 0
    ORDER BY 1, 3, 4
    ON CONFLICT (region_code, bucket, status) DO UPDATE SET
      events = rollup.events + excluded.events, attendance = rollup.attendance + excluded.attendance,
      participants = rollup.participants + excluded.participants, online_views = rollup.online_views + excluded.online_views,
      volunteers = rollup.volunteers + excluded.volunteers,
      attendance_unknown = rollup.attendance_unknown + excluded.attendance_unknown,
      participants_unknown = rollup.participants_unknown + excluded.participants_unknown
  $statement$, source)
$$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION kepu_stats_organisations_sql(source text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT format($statement$
    INSERT INTO stats_organisation_counts AS rollup
      (region_code, parent_code, type, organisations, members, registered_volunteers, registered_volunteers_unknown)
    SELECT path.region_code, path.parent_code, c.type, sum(c.sign), sum(c.sign * c.member_count), sum(c.sign * coalesce(c.volunteer_count, 0)),
      sum(c.sign * (c.volunteer_count IS NULL)::int)
    FROM (%1$s) AS c
    CROSS JOIN LATERAL kepu_region_path(c.region_code) AS path
    WHERE c.deleted_at IS NULL
    GROUP BY path.region_code, path.parent_code, c.type
    HAVING sum(c.sign) <> 0 OR sum(c.sign * c.member_count) <> 0 OR sum(c.sign * coalesce(c.volunteer_count, 0)) <> 0
      OR sum(c.sign * (c.volunteer_count IS NULL)::int) <> 0
    ORDER BY path.region_code, c.type
    ON CONFLICT (region_code, type) DO UPDATE SET
      organisations = rollup.organisations + excluded.organisations, members = rollup.members + excluded.members,
      registered_volunteers = rollup.registered_volunteers + excluded.registered_volunteers,
      registered_volunteers_unknown = rollup.registered_volunteers_unknown + excluded.registered_volunteers_unknown
  $statement$, source)
$$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION kepu_stats_refresh_honours(venue_ids uuid[]) RETURNS void
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
    SELECT d.venue_id, coalesce(d.level::text, 'unspecified') AS level, v.region_code,
      coalesce(d.valid_from, '-infinity'::date) AS valid_from, coalesce(d.valid_to, 'infinity'::date) AS valid_to
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
