-- Regulator notifications: each draft with its revisions, approval, submission and acknowledgement.
create table draft_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);
