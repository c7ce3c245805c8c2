-- Spring Modulith's event publication registry (spring-modulith-events-jpa): every event a module
-- publishes is written here in the publishing transaction, once per listener, and marked completed
-- when that listener has run. An event whose listener failed or whose instance died stays incomplete
-- and is resubmitted (see ModuleEventResubmission), so nothing a module tells another is lost. A
-- finished one is deleted (spring.modulith.events.completion-mode=delete), so no archive table is needed.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(1000)            not null,
    event_type             varchar(1000)            not null,
    serialized_event       varchar(10000)           not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(32),
    completion_attempts    integer                  not null default 0,
    last_resubmission_date timestamp(6) with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);

