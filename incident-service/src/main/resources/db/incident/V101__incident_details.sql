-- The incident read model becomes the whole IncidentDetails document plus the columns searches use.
-- It is rebuilt from the event store on start-up when empty (IncidentReadModelRebuild).
drop table incident_view;

create table incident_view (
    incident_id   uuid primary key,
    incident_key  varchar(32)  not null unique,
    title         varchar(200) not null,
    summary       text,
    status        varchar(16)  not null,
    severity      varchar(8)   not null,
    system_id     varchar(100) not null,
    category      varchar(64)  not null,
    -- ",EU,US-CA," so that one jurisdiction matches with like '%,EU,%'
    jurisdictions varchar(600) not null,
    restricted    boolean      not null,
    -- subjects of everyone taking part: need-to-know for restricted incidents
    participants  jsonb        not null,
    declared_at   timestamptz  not null,
    version       bigint       not null,
    details       jsonb        not null
);
create index incident_view_declared_at on incident_view (declared_at desc);
create index incident_view_status on incident_view (status);

-- What other services published about an incident, for its timeline.
create table external_timeline_entry (
    event_id    varchar(255) primary key,
    incident_id uuid         not null,
    occurred_at timestamptz  not null,
    source      varchar(255) not null,
    type        varchar(255) not null,
    actor       varchar(255),
    actor_name  varchar(255),
    line        text         not null
);
create index external_timeline_entry_incident on external_timeline_entry (incident_id, occurred_at);
