ALTER TABLE "export_runs" ADD COLUMN "mail_status" text DEFAULT 'not_requested' NOT NULL;--> statement-breakpoint
ALTER TABLE "export_runs" ADD COLUMN "mail_recipients" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "export_runs" ADD COLUMN "mail_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "export_runs" ADD COLUMN "mail_error" text;--> statement-breakpoint
ALTER TABLE "export_runs" ADD COLUMN "mail_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "export_runs" ADD CONSTRAINT "export_runs_mail_status_check" CHECK ("export_runs"."mail_status" in ('not_requested', 'off', 'pending', 'sent', 'failed'));--> statement-breakpoint
-- Runs that finished before Kepu sent mail reached none of their schedule's recipients: mail was off.
UPDATE "export_runs" SET "mail_status" = 'off', "mail_recipients" = s."recipients"
FROM "export_schedules" s
WHERE s."id" = "export_runs"."schedule_id" AND "export_runs"."status" IN ('succeeded', 'failed') AND cardinality(s."recipients") > 0;
