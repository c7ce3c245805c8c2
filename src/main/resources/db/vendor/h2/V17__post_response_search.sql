-- Search in posts and responses (issue #9) on the zero-setup H2: it has no full-text search, so the
-- search box falls back to LIKE over the columns and only the ordering of all posts gets an index.
-- PostgreSQL's V17 beside this adds the full-text indexes.
create index ix_post_updated on post (updated_at);
