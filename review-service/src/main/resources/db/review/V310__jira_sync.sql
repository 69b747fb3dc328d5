-- the Jira sync's own bookkeeping (the sync states themselves are events of the action items)
-- the poll's watermark: Jira was searched for issues updated since then
create table jira_sync_watermark (
    name text primary key,
    at   timestamptz not null
);

-- webhook deliveries already taken (Jira's X-Atlassian-Webhook-Identifier, or a hash of the body): a redelivery is dropped
create table jira_webhook_delivery (
    id          text primary key,
    received_at timestamptz not null
);
