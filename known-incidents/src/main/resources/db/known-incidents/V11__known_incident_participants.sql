-- Need-to-know follows the incident's participants; severity and status follow the incident.
alter table known_incident add column participants jsonb not null default '[]';
alter table known_incident add column status varchar(16) not null default 'DECLARED';
update known_incident set participants = jsonb_build_array(declared_by) where declared_by is not null;
