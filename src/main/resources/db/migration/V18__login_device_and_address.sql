-- Module web: the two rules that keep the username lock from locking colleagues out.
-- Device cookies: a browser where someone logged in carries a random token bound to their username; only
-- the token's SHA-256 is kept. With it they are exempt from the username lock; failures from it count here.
create table login_device (
    token_hash varchar(64)              primary key,
    username   varchar(200)             not null,
    failures   integer                  not null,
    created_at timestamp with time zone not null
);
create index login_device_username on login_device (username);
create index login_device_created_at on login_device (created_at);

-- Failed logins per client address (an IPv6 address by its /64), so that one address cannot lock many usernames.
create table login_address_throttle (
    address         varchar(100)             primary key,
    failures        integer                  not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);
