-- Per-type questions about the store (StoredEvents: which aggregates of a type exist and how far each
-- has got) read this index alone instead of every event of every type: a service's store holds
-- several aggregate types, and a rebuild or a register asks about one of them. Built concurrently so
-- that a service already running on this database keeps appending events meanwhile.
create index concurrently if not exists domain_event_entry_type
    on domain_event_entry (type, aggregate_identifier, sequence_number);
