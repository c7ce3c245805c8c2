-- Module channel: an admin's confirmation, per channel, that its credentials may travel over plain
-- http to a host other than this machine (refused without it outside the zero-setup mode).
alter table channel add column plain_http_allowed boolean not null default false;
