-- Module channel: a channel is one account, with a named responsible person and deputy, a lifecycle
-- (retired channels keep their history and take no new posts) and encrypted credentials.
alter table channel add column handle varchar(300);
alter table channel add column branch_id bigint references branch (id);
alter table channel add column purpose varchar(500);
alter table channel add column responsible_id bigint references person (id);
alter table channel add column deputy_id bigint references person (id);
alter table channel add column started_on date;
alter table channel add column status varchar(10) not null default 'ACTIVE';
alter table channel add column retired_on date;
alter table channel add column retired_reason varchar(500);
alter table channel add column credentials bytea;
alter table channel add column version bigint not null default 0;
update channel set status = case when active then 'ACTIVE' else 'RETIRED' end;
alter table channel drop column active;
alter table channel add constraint ck_channel_status check (status in ('ACTIVE', 'RETIRED'));
