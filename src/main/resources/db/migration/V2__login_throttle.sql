-- Module web: failed logins per username, so a username can be locked across all application nodes.
create table login_throttle (
    username        varchar(200)             primary key,
    failures        integer                  not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);
