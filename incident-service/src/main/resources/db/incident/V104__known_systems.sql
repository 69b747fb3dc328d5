-- The AI systems policy-service's inventory holds, learnt from its topic: an incident shows its
-- system's risk class, and is flagged when it names a system the inventory does not know.
create table known_system (
    system_id  text primary key,
    revision   integer not null,
    name       text    not null,
    risk_class text    not null,
    roles      text    not null
);
