-- Runs once, when the PostgreSQL container starts with an empty data volume
-- (mounted into /docker-entrypoint-initdb.d by compose.yaml). Not exercised by CI.
--
-- One database per service, as in production: no service reads another's tables.
-- The owner may create tables in each database's public schema, which Flyway needs.
CREATE ROLE vigil LOGIN PASSWORD 'vigil';

CREATE DATABASE vigil_incident OWNER vigil;
CREATE DATABASE vigil_review OWNER vigil;
CREATE DATABASE vigil_policy OWNER vigil;
CREATE DATABASE vigil_notification OWNER vigil;
