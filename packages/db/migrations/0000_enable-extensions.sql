-- Trigram indexes make substring search on Chinese names fast.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
