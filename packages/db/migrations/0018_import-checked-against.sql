-- What an import's dry run read against, so a commit with nothing to write can take its answer when nothing moved since.
ALTER TABLE "imports" ADD COLUMN "checked_against" jsonb;