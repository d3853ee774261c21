CREATE TABLE "stats_audience_buckets" (
	"grain" text NOT NULL,
	"region_code" text NOT NULL,
	"parent_code" text,
	"bucket" date NOT NULL,
	"status" "event_status" NOT NULL,
	"events" integer DEFAULT 0 NOT NULL,
	"attendance" bigint DEFAULT 0 NOT NULL,
	"participants" bigint DEFAULT 0 NOT NULL,
	"online_views" bigint DEFAULT 0 NOT NULL,
	"volunteers" bigint DEFAULT 0 NOT NULL,
	"audience_group" text NOT NULL,
	CONSTRAINT "stats_audience_buckets_grain_region_code_bucket_audience_group_status_pk" PRIMARY KEY("grain","region_code","bucket","audience_group","status"),
	CONSTRAINT "stats_audience_buckets_grain_check" CHECK ("stats_audience_buckets"."grain" in ('day', 'month'))
);
--> statement-breakpoint
CREATE TABLE "stats_designated_venues" (
	"region_code" text NOT NULL,
	"level" "honour_level" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"venues" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_designated_venues_region_code_level_valid_from_valid_to_pk" PRIMARY KEY("region_code","level","valid_from","valid_to")
);
--> statement-breakpoint
CREATE TABLE "stats_event_buckets" (
	"grain" text NOT NULL,
	"region_code" text NOT NULL,
	"parent_code" text,
	"bucket" date NOT NULL,
	"status" "event_status" NOT NULL,
	"events" integer DEFAULT 0 NOT NULL,
	"attendance" bigint DEFAULT 0 NOT NULL,
	"participants" bigint DEFAULT 0 NOT NULL,
	"online_views" bigint DEFAULT 0 NOT NULL,
	"volunteers" bigint DEFAULT 0 NOT NULL,
	"category" "event_category" NOT NULL,
	CONSTRAINT "stats_event_buckets_grain_region_code_bucket_category_status_pk" PRIMARY KEY("grain","region_code","bucket","category","status"),
	CONSTRAINT "stats_event_buckets_grain_check" CHECK ("stats_event_buckets"."grain" in ('day', 'month'))
);
--> statement-breakpoint
CREATE TABLE "stats_organisation_counts" (
	"region_code" text NOT NULL,
	"parent_code" text,
	"type" "organisation_type" NOT NULL,
	"organisations" integer DEFAULT 0 NOT NULL,
	"members" bigint DEFAULT 0 NOT NULL,
	"registered_volunteers" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_organisation_counts_region_code_type_pk" PRIMARY KEY("region_code","type")
);
--> statement-breakpoint
CREATE TABLE "stats_region_months" (
	"region_code" text NOT NULL,
	"parent_code" text,
	"bucket" date NOT NULL,
	"status" "event_status" NOT NULL,
	"events" integer DEFAULT 0 NOT NULL,
	"attendance" bigint DEFAULT 0 NOT NULL,
	"participants" bigint DEFAULT 0 NOT NULL,
	"online_views" bigint DEFAULT 0 NOT NULL,
	"volunteers" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_region_months_region_code_bucket_status_pk" PRIMARY KEY("region_code","bucket","status")
);
--> statement-breakpoint
CREATE TABLE "stats_venue_counts" (
	"region_code" text NOT NULL,
	"parent_code" text,
	"type" "venue_type" NOT NULL,
	"status" "venue_status" NOT NULL,
	"venues" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_venue_counts_region_code_type_status_pk" PRIMARY KEY("region_code","type","status")
);
--> statement-breakpoint
CREATE TABLE "stats_venue_honour_spans" (
	"venue_id" uuid NOT NULL,
	"level" "honour_level" NOT NULL,
	"region_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	CONSTRAINT "stats_venue_honour_spans_venue_id_level_valid_from_pk" PRIMARY KEY("venue_id","level","valid_from")
);
--> statement-breakpoint
CREATE INDEX "stats_audience_buckets_children_idx" ON "stats_audience_buckets" USING btree ("grain","parent_code","bucket");--> statement-breakpoint
CREATE INDEX "stats_event_buckets_children_idx" ON "stats_event_buckets" USING btree ("grain","parent_code","bucket");--> statement-breakpoint
CREATE INDEX "stats_organisation_counts_children_idx" ON "stats_organisation_counts" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "stats_organisation_counts_coverage_idx" ON "stats_organisation_counts" USING btree ("type","region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "stats_region_months_children_idx" ON "stats_region_months" USING btree ("parent_code","bucket");--> statement-breakpoint
CREATE INDEX "stats_venue_counts_children_idx" ON "stats_venue_counts" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "stats_venue_counts_coverage_idx" ON "stats_venue_counts" USING btree ("type","region_code" text_pattern_ops);