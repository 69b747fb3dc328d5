-- The people directory, subscriptions, the webhook allow-list and the delivery log: documents rebuilt from events.
create table person_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

create table subscription_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

create table webhook_allow_list_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

create table delivery_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

-- Webhook signing secrets: never in an event (the audit log shows events), read only to sign.
create table webhook_secret (
    subscription_id text primary key,
    secret          text not null
);

-- What the message filters need of each incident and exception, learnt from the topics in their order.
create table message_incident (
    incident_id  uuid primary key,
    incident_key varchar(32)  not null,
    title        text         not null,
    severity     varchar(8)   not null,
    system_id    varchar(100) not null,
    category     varchar(40)  not null,
    restricted   boolean      not null
);

create table message_exception (
    exception_id  uuid primary key,
    exception_key varchar(40) not null,
    system_ids    text        not null
);
