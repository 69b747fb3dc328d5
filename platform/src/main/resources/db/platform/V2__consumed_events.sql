-- Idempotent consumption: an event id is recorded in the same transaction as its effect.
create table consumed_event (
    consumer      varchar(200) not null,
    event_id      varchar(255) not null,
    event_type    varchar(255) not null,
    topic         varchar(255) not null,
    partition_no  integer      not null,
    record_offset bigint       not null,
    consumed_at   timestamptz  not null,
    primary key (consumer, event_id)
);

-- Records a consumer gave up on after its retries: kept whole, never dropped.
create table unprocessable_event (
    consumer      varchar(200) not null,
    topic         varchar(255) not null,
    partition_no  integer      not null,
    record_offset bigint       not null,
    record_key    varchar(255),
    headers       text         not null,
    payload       text         not null,
    failure       text         not null,
    failed_at     timestamptz  not null,
    primary key (consumer, topic, partition_no, record_offset)
);
