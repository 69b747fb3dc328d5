-- Committee reports: every fact the reports are cut from, append-only, one row per event id, each with the
-- instant it was recorded (the event's time), so that a report "as of" any instant reads the rows up to it.
create table report_fact (
    event_id    text        primary key,
    type        text        not null,
    subject     text        not null,
    sequence    bigint,
    recorded_at timestamptz not null,
    payload     jsonb       not null
);
create index report_fact_recorded_at on report_fact (recorded_at, subject, sequence, event_id);

-- the committee's schedule (one row) and the packs it made, stored as made, never regenerated
create table report_schedule (
    id         text        primary key,
    document   jsonb       not null,
    changed_at timestamptz not null,
    changed_by text        not null
);

create table report_pack (
    id           uuid        primary key,
    schedule_key text        not null unique,
    report_type  text        not null,
    format       text        not null,
    period_from  timestamptz not null,
    period_to    timestamptz not null,
    as_of        timestamptz not null,
    sha256       text        not null,
    media_type   text        not null,
    file_name    text        not null,
    bytes        bytea       not null,
    made_at      timestamptz not null
);
