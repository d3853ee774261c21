CREATE TYPE "public"."figure_qualifier" AS ENUM('about', 'more_than', 'at_least', 'nearly', 'over', 'under');--> statement-breakpoint
CREATE TABLE "summaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"title" text NOT NULL,
	"category" "event_category" NOT NULL,
	"region_code" text NOT NULL,
	"organiser_ids" uuid[] DEFAULT '{}' NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"event_count" integer,
	"event_count_qualifier" "figure_qualifier",
	"attendance" integer,
	"attendance_qualifier" "figure_qualifier",
	"participants" integer,
	"participants_qualifier" "figure_qualifier",
	"source" text,
	"note" text,
	CONSTRAINT "summaries_version_positive" CHECK ("summaries"."version" >= 1),
	CONSTRAINT "summaries_period_check" CHECK ("summaries"."period_to" >= "summaries"."period_from"),
	CONSTRAINT "summaries_figure_check" CHECK (num_nonnulls("summaries"."event_count", "summaries"."attendance", "summaries"."participants") >= 1),
	CONSTRAINT "summaries_participants_check" CHECK ("summaries"."participants" is null or "summaries"."attendance" is null or "summaries"."participants" <= "summaries"."attendance"),
	CONSTRAINT "summaries_event_count_check" CHECK ("summaries"."event_count" >= 0),
	CONSTRAINT "summaries_attendance_check" CHECK ("summaries"."attendance" >= 0),
	CONSTRAINT "summaries_participants_check_non_negative" CHECK ("summaries"."participants" >= 0)
);
--> statement-breakpoint
ALTER TABLE "summaries" ADD CONSTRAINT "summaries_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "summaries_region_idx" ON "summaries" USING btree ("region_code" text_pattern_ops) WHERE "summaries"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "summaries_search_idx" ON "summaries" USING gin ("title" gin_trgm_ops) WHERE "summaries"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "summaries_natural_key_idx" ON "summaries" USING btree (("region_code" || '/' || "title")) WHERE "summaries"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "summaries_period_idx" ON "summaries" USING btree ("period_from","period_to") WHERE "summaries"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "summaries_organisers_idx" ON "summaries" USING gin ("organiser_ids") WHERE "summaries"."deleted_at" is null;