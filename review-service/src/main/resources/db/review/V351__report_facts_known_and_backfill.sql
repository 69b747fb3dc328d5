-- How many facts a pack's report was cut from (those recorded up to its asOf, as known when it was made). A fact
-- stamped before asOf but delivered later raises the count of facts up to asOf: the pack then says how many came
-- late, so that nobody mistakes a regenerated report for the stored one. Packs made before this: unknown (null).
alter table report_pack add column facts_known bigint;

-- Back-fills of report facts from review-service's own event store that have run (contributing factors are
-- recorded only there; those recorded before the reports existed are copied in once, at the first start).
create table report_fact_backfill (
    name   text        primary key,
    ran_at timestamptz not null,
    facts  bigint      not null
);
