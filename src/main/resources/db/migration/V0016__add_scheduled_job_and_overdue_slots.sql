-- Scheduled work that runs once per period across the cluster (docs/adr/0013), and its first job,
-- which marks the slots of a clearance round that stayed silent past the round's due date.
--
-- scheduled_job: one row per job. A node runs a period only if its conditional update of the row
-- (next_run_at <= now → the start of the following period) matches, in the transaction that does
-- the period's work. New jobs add their row in a migration of their own.
create table scheduled_job (
    name        varchar(64)  not null,
    next_run_at timestamp with time zone not null,
    last_run_at timestamp with time zone,
    last_node   varchar(255),
    runs        bigint       not null,
    constraint pk_scheduled_job primary key (name)
);

-- Due at once: the first tick after deployment runs it.
insert into scheduled_job (name, next_run_at, last_run_at, last_node, runs)
    values ('overdue-slots', timestamp with time zone '2000-01-01 00:00:00+00', null, null, 0);

-- When an agency's slot was found unanswered after the round's due date; it stays set when the
-- agency answers late.
alter table agency_review add column overdue_since timestamp with time zone;
