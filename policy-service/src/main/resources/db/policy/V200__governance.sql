-- policy-service's read models: documents rebuilt from its event store, plus the key counter.
create table system_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

create table policy_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

create table control_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

-- One row per policy exception, as the register shows it; active_from/active_until bound when it
-- was in force, so "which exceptions covered this system when the incident occurred" is a query.
create table exception_register (
    id           text primary key,
    version      bigint      not null,
    system_ids   text        not null,
    status       varchar(20) not null,
    active_from  timestamptz,
    active_until timestamptz,
    document     jsonb       not null
);
create index exception_register_status on exception_register (status);

create table exception_key_counter (
    series      varchar(8) not null,
    year        integer    not null,
    last_number bigint     not null,
    primary key (series, year)
);

-- Which AI system each incident is on, learnt from the incident topic (for severity changes later).
create table incident_system (
    incident_id  uuid primary key,
    incident_key text not null,
    system_id    text not null
);
