CREATE TABLE "assessment_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"code" text NOT NULL,
	"group_name" text NOT NULL,
	"name" text NOT NULL,
	"weight" double precision NOT NULL,
	"metric" text,
	"comparator" text DEFAULT 'gte' NOT NULL,
	"threshold" double precision,
	"unit" text,
	"definition" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "assessment_criteria_comparator_check" CHECK ("assessment_criteria"."comparator" in ('gte', 'lte')),
	CONSTRAINT "assessment_criteria_weight_check" CHECK ("assessment_criteria"."weight" >= 0)
);
--> statement-breakpoint
CREATE TABLE "reporting_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"region_code" text NOT NULL,
	"levels" text[] NOT NULL,
	"items" jsonb NOT NULL,
	"deadline" date NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"jump_threshold" integer DEFAULT 30 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL,
	CONSTRAINT "reporting_campaigns_kind_check" CHECK ("reporting_campaigns"."kind" in ('statistics', 'assessment')),
	CONSTRAINT "reporting_campaigns_status_check" CHECK ("reporting_campaigns"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "reporting_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"deleted_at" timestamp with time zone,
	"campaign_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"figures" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "reporting_submissions_status_check" CHECK ("reporting_submissions"."status" in ('not_started', 'draft', 'submitted', 'returned', 'approved'))
);
--> statement-breakpoint
CREATE TABLE "submission_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"item_key" text,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "reporting_campaigns" ADD CONSTRAINT "reporting_campaigns_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_campaigns" ADD CONSTRAINT "reporting_campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_submissions" ADD CONSTRAINT "reporting_submissions_campaign_id_reporting_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."reporting_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_submissions" ADD CONSTRAINT "reporting_submissions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_submissions" ADD CONSTRAINT "reporting_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_submissions" ADD CONSTRAINT "reporting_submissions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_attachments" ADD CONSTRAINT "submission_attachments_submission_id_reporting_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."reporting_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_attachments" ADD CONSTRAINT "submission_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_criteria_code_live_key" ON "assessment_criteria" USING btree ("code") WHERE "assessment_criteria"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "reporting_campaigns_region_idx" ON "reporting_campaigns" USING btree ("region_code" text_pattern_ops) WHERE "reporting_campaigns"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_campaigns_name_live_key" ON "reporting_campaigns" USING btree ("region_code","year","name") WHERE "reporting_campaigns"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_submissions_unit_key" ON "reporting_submissions" USING btree ("campaign_id","region_code");--> statement-breakpoint
CREATE INDEX "reporting_submissions_region_idx" ON "reporting_submissions" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "submission_attachments_submission_idx" ON "submission_attachments" USING btree ("submission_id");--> statement-breakpoint
-- A starting catalogue of 全国科普示范区 criteria built from what 科普统计 and the seed article measure.
-- Thresholds are placeholders for the city to check against the official 创建办法 (docs/reporting.md).
INSERT INTO "assessment_criteria" ("code", "group_name", "name", "weight", "metric", "comparator", "threshold", "unit", "definition", "position") VALUES
  ('science_literacy', '公民科学素质', '公民具备科学素质比例', 15, 'science_literacy_rate', 'gte', 15, '%', '公民科学素质抽样调查结果，取评价年度或最近一次', 0),
  ('funding_per_capita', '科普投入', '人均科普经费', 10, 'fundingPerCapita', 'gte', 2, '元', '年度财政科普经费 ÷ 常住人口', 1),
  ('joint_meeting', '组织建设', '建立科普工作联席会议制度并定期召开', 10, null, 'gte', null, null, '以联席会议文件、会议纪要为佐证', 2),
  ('township_coverage', '组织建设', '镇街科协覆盖率', 10, 'townshipCoverage', 'gte', 100, '%', '有镇街科协的镇街占全部镇街的比例', 3),
  ('village_coverage', '组织建设', '村（社区）科普覆盖率', 10, 'villageCoverage', 'gte', 80, '%', '有村社科普工作站或社区科普馆/活动室的村（社区）占比', 4),
  ('education_bases_municipal', '科普阵地', '市级科普教育基地', 5, 'honours.education_base.municipal', 'gte', 3, '个', '有效期内的市级科普教育基地数', 5),
  ('education_bases_national', '科普阵地', '全国科普教育基地', 5, 'honours.education_base.national', 'gte', 1, '个', '有效期内的全国科普教育基地数', 6),
  ('venues_per_10k', '科普阵地', '每万人科普阵地数', 5, 'venuesPer10k', 'gte', 1, '个/万人', '开放的科普阵地数 ÷ 常住人口 × 10,000', 7),
  ('events_per_10k', '科普活动', '每万人科普活动场次', 10, 'eventsPer10k', 'gte', 5, '场/万人', '年度科普活动场次 ÷ 常住人口 × 10,000', 8),
  ('attendance_per_10k', '科普活动', '每万人科普活动受众人次', 10, 'attendancePer10k', 'gte', 3000, '人次/万人', '年度科普活动受众人次 ÷ 常住人口 × 10,000', 9),
  ('science_day', '科普活动', '组织全国科普日、科技活动周等重大示范活动', 5, null, 'gte', null, null, '以活动方案、总结和报道为佐证', 10),
  ('registered_volunteers', '科普队伍', '注册科技志愿者', 5, 'registeredVolunteers', 'gte', 500, '人', '辖区科技志愿服务队伍的注册志愿者人数', 11);
