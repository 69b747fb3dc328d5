-- The order in which other services' facts arrived: what a live timeline resumes from.
alter table external_timeline_entry add column arrival bigserial;
create index external_timeline_entry_arrival on external_timeline_entry (incident_id, arrival);
