CREATE INDEX "events_natural_key_idx" ON "events" USING btree (("region_code" || '/' || "title")) WHERE "events"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "organisations_natural_key_idx" ON "organisations" USING btree (("region_code" || '/' || "name")) WHERE "organisations"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "organisations_name_idx" ON "organisations" USING btree ("name") WHERE "organisations"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "venues_natural_key_idx" ON "venues" USING btree (("region_code" || '/' || "name")) WHERE "venues"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "venues_name_idx" ON "venues" USING btree ("name") WHERE "venues"."deleted_at" is null;