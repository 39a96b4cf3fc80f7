-- The hourly clean-up of idempotency keys past their retention (docs/adr/0012), a job of the cluster's
-- scheduled work (docs/adr/0013). Due at once: the first tick after deployment runs it.
insert into scheduled_job (name, next_run_at, last_run_at, last_node, runs)
    values ('expired-idempotency-keys', timestamp with time zone '2000-01-01 00:00:00+00', null, null, 0);
