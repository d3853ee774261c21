-- An audit entry with nothing before it (a creation) keeps its record once, in `after`: its changes, every
-- field from null, are derived when read. Entries written before this keep theirs as stored.
ALTER TABLE "audit_log" ALTER COLUMN "changes" DROP NOT NULL;
