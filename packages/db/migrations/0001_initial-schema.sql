CREATE TYPE "public"."audience_group" AS ENUM('youth', 'elderly', 'farmers', 'workers', 'officials', 'residents', 'public');--> statement-breakpoint
CREATE TYPE "public"."designation_kind" AS ENUM('demo_district', 'demo_community', 'education_base', 'excellent_event', 'academician_studio', 'other');--> statement-breakpoint
CREATE TYPE "public"."designation_subject" AS ENUM('region', 'organisation', 'venue', 'event');--> statement-breakpoint
CREATE TYPE "public"."event_category" AS ENUM('national_science_day', 'science_week', 'workers_day', 'lecture', 'exhibition', 'competition', 'outreach_school', 'outreach_community', 'outreach_rural', 'outreach_enterprise', 'clinic', 'training', 'online_quiz');--> statement-breakpoint
CREATE TYPE "public"."event_mode" AS ENUM('offline', 'online', 'hybrid');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('planned', 'ongoing', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."honour_level" AS ENUM('national', 'municipal', 'district');--> statement-breakpoint
CREATE TYPE "public"."indicator_kind" AS ENUM('resident_population', 'science_literacy_rate', 'per_capita_funding', 'funding_total', 'social_investment', 'community_coverage');--> statement-breakpoint
CREATE TYPE "public"."organisation_type" AS ENUM('city_association', 'district_association', 'township_association', 'village_station', 'society', 'enterprise_association', 'university_association', 'e_station', 'volunteer_team', 'expert_team');--> statement-breakpoint
CREATE TYPE "public"."region_level" AS ENUM('city', 'district', 'township', 'village');--> statement-breakpoint
CREATE TYPE "public"."venue_status" AS ENUM('open', 'closed', 'under_construction');--> statement-breakpoint
CREATE TYPE "public"."venue_type" AS ENUM('science_museum', 'education_base', 'campus_museum', 'community_hall', 'community_park', 'rural_demo_base', 'gallery', 'led_screen', 'e_station', 'online_library', 'civilization_platform', 'caravan');--> statement-breakpoint
CREATE TABLE "designations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"name" text NOT NULL,
	"kind" "designation_kind" NOT NULL,
	"level" "honour_level" NOT NULL,
	"granted_by" text NOT NULL,
	"subject_type" "designation_subject" NOT NULL,
	"region_code" text NOT NULL,
	"organisation_id" uuid,
	"venue_id" uuid,
	"event_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "designations_version_positive" CHECK ("designations"."version" >= 1),
	CONSTRAINT "designations_validity_check" CHECK ("designations"."valid_to" is null or "designations"."valid_to" >= "designations"."valid_from"),
	CONSTRAINT "designations_subject_check" CHECK (("designations"."organisation_id" is not null)::int + ("designations"."venue_id" is not null)::int + ("designations"."event_id" is not null)::int
        = case when "designations"."subject_type" = 'region' then 0 else 1 end)
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"title" text NOT NULL,
	"category" "event_category" NOT NULL,
	"region_code" text NOT NULL,
	"organiser_ids" uuid[] NOT NULL,
	"venue_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" "event_mode" NOT NULL,
	"audience_groups" "audience_group"[] DEFAULT '{}' NOT NULL,
	"attendance" integer NOT NULL,
	"participants" integer,
	"online_views" integer DEFAULT 0 NOT NULL,
	"volunteers" integer DEFAULT 0 NOT NULL,
	"status" "event_status" DEFAULT 'planned' NOT NULL,
	"description" text,
	CONSTRAINT "events_version_positive" CHECK ("events"."version" >= 1),
	CONSTRAINT "events_period_check" CHECK ("events"."ends_at" > "events"."starts_at"),
	CONSTRAINT "events_organisers_check" CHECK (cardinality("events"."organiser_ids") >= 1),
	CONSTRAINT "events_participants_check" CHECK ("events"."participants" is null or ("events"."participants" >= 0 and "events"."participants" <= "events"."attendance")),
	CONSTRAINT "events_attendance_check" CHECK ("events"."attendance" >= 0),
	CONSTRAINT "events_online_views_check" CHECK ("events"."online_views" >= 0),
	CONSTRAINT "events_volunteers_check" CHECK ("events"."volunteers" >= 0)
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"endpoint" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"response_body" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_endpoint_key_pk" PRIMARY KEY("endpoint","key")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"kind" "indicator_kind" NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	"source" text NOT NULL,
	"level" "honour_level" NOT NULL,
	"note" text,
	CONSTRAINT "indicators_version_positive" CHECK ("indicators"."version" >= 1),
	CONSTRAINT "indicators_value_check" CHECK ("indicators"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"name" text NOT NULL,
	"type" "organisation_type" NOT NULL,
	"region_code" text NOT NULL,
	"parent_id" uuid,
	"credit_code" text,
	"contact_name" text,
	"contact_phone" text,
	"address" text,
	"member_count" integer DEFAULT 0 NOT NULL,
	"volunteer_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "organisations_version_positive" CHECK ("organisations"."version" >= 1),
	CONSTRAINT "organisations_member_count_check" CHECK ("organisations"."member_count" >= 0),
	CONSTRAINT "organisations_volunteer_count_check" CHECK ("organisations"."volunteer_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" "region_level" NOT NULL,
	"parent_code" text,
	"full_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"name" text NOT NULL,
	"type" "venue_type" NOT NULL,
	"region_code" text NOT NULL,
	"organisation_id" uuid,
	"address" text,
	"longitude" double precision,
	"latitude" double precision,
	"floor_area" double precision,
	"status" "venue_status" DEFAULT 'open' NOT NULL,
	"annual_capacity" integer,
	CONSTRAINT "venues_version_positive" CHECK ("venues"."version" >= 1),
	CONSTRAINT "venues_coordinates_check" CHECK (("venues"."longitude" is null) = ("venues"."latitude" is null) and "venues"."longitude" between -180 and 180 and "venues"."latitude" between -90 and 90),
	CONSTRAINT "venues_floor_area_check" CHECK ("venues"."floor_area" >= 0),
	CONSTRAINT "venues_annual_capacity_check" CHECK ("venues"."annual_capacity" >= 0)
);
--> statement-breakpoint
ALTER TABLE "designations" ADD CONSTRAINT "designations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "designations" ADD CONSTRAINT "designations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "designations" ADD CONSTRAINT "designations_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "designations" ADD CONSTRAINT "designations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "designations_region_idx" ON "designations" USING btree ("region_code" text_pattern_ops) WHERE "designations"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "designations_search_idx" ON "designations" USING gin ("name" gin_trgm_ops) WHERE "designations"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "designations_venue_idx" ON "designations" USING btree ("venue_id") WHERE "designations"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "events_region_idx" ON "events" USING btree ("region_code" text_pattern_ops) WHERE "events"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("title" gin_trgm_ops) WHERE "events"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("starts_at","id") WHERE "events"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "events_organisers_idx" ON "events" USING gin ("organiser_ids") WHERE "events"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "events_venue_idx" ON "events" USING btree ("venue_id") WHERE "events"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "indicators_region_idx" ON "indicators" USING btree ("region_code" text_pattern_ops) WHERE "indicators"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "indicators_search_idx" ON "indicators" USING gin ("source" gin_trgm_ops) WHERE "indicators"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_region_year_kind_live_key" ON "indicators" USING btree ("region_code","year","kind") WHERE "indicators"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "organisations_region_idx" ON "organisations" USING btree ("region_code" text_pattern_ops) WHERE "organisations"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "organisations_search_idx" ON "organisations" USING gin ("name" gin_trgm_ops) WHERE "organisations"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_credit_code_live_key" ON "organisations" USING btree ("credit_code") WHERE "organisations"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "regions_code_prefix_idx" ON "regions" USING btree ("code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "regions_name_search_idx" ON "regions" USING gin ("full_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "venues_region_idx" ON "venues" USING btree ("region_code" text_pattern_ops) WHERE "venues"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "venues_search_idx" ON "venues" USING gin ("name" gin_trgm_ops) WHERE "venues"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "venues_organisation_idx" ON "venues" USING btree ("organisation_id") WHERE "venues"."deleted_at" is null;