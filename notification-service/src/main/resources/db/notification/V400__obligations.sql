-- notification-service's read models: documents rebuilt from its event store.
create table org_profile_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

create table obligation_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

create table determination_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

-- Each incident's facts, learnt from the incident topic (never from incident-service's tables).
create table incident_facts (
    incident_id                uuid primary key,
    incident_key               varchar(32)  not null,
    system_id                  varchar(100) not null,
    severity                   varchar(8)   not null,
    aware_at                   timestamptz,
    occurred_at                timestamptz,
    jurisdictions              text         not null,
    impact_revision            integer      not null default 0,
    realisation                varchar(16),
    harm_classes               text,
    deaths_or_serious_injuries integer,
    personal_data              boolean,
    critical_infrastructure    boolean,
    updated_at                 timestamptz  not null
);
create index incident_facts_system on incident_facts (system_id);

-- Each AI system's facts the rules turn on, learnt from the policy topic.
create table system_facts (
    system_id     varchar(100) primary key,
    revision      integer      not null,
    roles         text         not null,
    risk_class    varchar(40)  not null,
    jurisdictions text         not null,
    updated_at    timestamptz  not null
);
