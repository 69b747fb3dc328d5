-- The audit log's filters (GET /api/audit?actor=&from=&to=, AuditLog) read indexes instead of the
-- whole event table. Index expressions must be immutable: these two wrappers are, for what Axon
-- writes (metadata as UTF-8 JSON; time stamps as ISO-8601 instants with their 'Z' offset, so the
-- session's time zone cannot change their meaning). The record filter uses the existing unique
-- index on (aggregate_identifier, sequence_number).
create or replace function vigil_event_actor(meta_data bytea) returns text
    language sql immutable parallel safe
    as $$ select convert_from(meta_data, 'UTF8')::jsonb ->> 'actorSubject' $$;

create or replace function vigil_event_time(time_stamp varchar) returns timestamptz
    language sql immutable parallel safe
    as $$ select time_stamp::timestamptz $$;

create index domain_event_entry_actor on domain_event_entry (vigil_event_actor(meta_data), global_index);
create index domain_event_entry_time on domain_event_entry (vigil_event_time(time_stamp));
