-- Module channel: a blog on WordPress.com (or a Jetpack site), reached through WordPress.com's API with
-- an OAuth2 token, beside the self-hosted blog reached at its own address (issue #17).
alter table channel drop constraint ck_channel_kind;
alter table channel add constraint ck_channel_kind
    check (kind in ('WORDPRESS_BLOG', 'WORDPRESS_COM', 'FACEBOOK_PAGE', 'TWITTER', 'SANDBOX', 'MANUAL'));
