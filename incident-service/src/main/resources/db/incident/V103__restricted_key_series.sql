-- Restricted incidents get keys of their own series (RST-...), so that INC keys show no gaps.
alter table incident_key_counter add column series varchar(8) not null default 'INC';
alter table incident_key_counter drop constraint incident_key_counter_pkey;
alter table incident_key_counter add primary key (series, year);
