-- review-service's read models: documents rebuilt from its event store, and its own projection of the
-- incident topic (what a review starts from).
create table review_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

create table action_item_view (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

create table incident_facts (
    id       text primary key,
    version  bigint not null,
    document jsonb  not null
);

-- a review's action items, asked for on every read of the review
create index action_item_view_review on action_item_view ((document ->> 'reviewId'));
