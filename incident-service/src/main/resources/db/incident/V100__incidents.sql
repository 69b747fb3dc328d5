-- Human keys: one counter per year, bumped in the declaring transaction.
create table incident_key_counter (
    year        integer primary key,
    last_number bigint  not null
);

-- Current state of each incident (projection of the incident events).
create table incident_view (
    incident_id      uuid primary key,
    incident_key     varchar(32)  not null unique,
    title            varchar(200) not null,
    summary          text,
    system_id        varchar(100) not null,
    model_version    varchar(100),
    severity         varchar(8)   not null,
    category         varchar(64)  not null,
    detection_source varchar(64)  not null,
    status           varchar(16)  not null,
    occurred_at      timestamptz,
    detected_at      timestamptz  not null,
    aware_at         timestamptz  not null,
    jurisdictions    varchar(500) not null,
    restricted       boolean      not null,
    declared_at      timestamptz  not null,
    declared_by      varchar(255),
    version          bigint       not null
);
create index incident_view_declared_at on incident_view (declared_at desc);
