-- Incidents this service learnt of from the incident topic.
create table known_incident (
    incident_id      uuid primary key,
    incident_key     varchar(32)  not null unique,
    title            varchar(200) not null,
    summary          text,
    system_id        varchar(100) not null,
    model_version    varchar(100),
    severity         varchar(8)   not null,
    category         varchar(64)  not null,
    detection_source varchar(64)  not null,
    occurred_at      timestamptz,
    detected_at      timestamptz  not null,
    aware_at         timestamptz  not null,
    jurisdictions    varchar(500) not null,
    restricted       boolean      not null,
    declared_at      timestamptz  not null,
    declared_by      varchar(255)
);
create index known_incident_declared_at on known_incident (declared_at desc);
