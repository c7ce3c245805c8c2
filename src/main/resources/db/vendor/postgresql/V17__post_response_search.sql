-- Search in posts and responses (issue #9): Swedish full-text search over expression GIN indexes.
-- The expressions are exactly those the queries use (TextSearch targets in the post and response
-- modules), or PostgreSQL would not use the indexes. Names and handles are read with the 'simple'
-- configuration: a person's name is not Swedish text to be stemmed. The zero-setup H2 has its own V17.
create index ix_post_search on post
    using gin (to_tsvector('swedish', coalesce(title, '') || ' ' || body));

create index ix_response_search on response
    using gin ((to_tsvector('swedish', text)
        || to_tsvector('simple', coalesce(author_name, '') || ' ' || coalesce(author_handle, ''))));

-- "All posts" for editors, newest change first, one page at a time.
create index ix_post_updated on post (updated_at);
