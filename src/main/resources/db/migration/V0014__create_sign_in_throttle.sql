-- Sign-in throttling (docs/adr/0010): failures counted per submitted user name, whether or not an
-- account has that name, in the database so that the counts hold across restarts and cluster nodes.
-- name_key is the hex SHA-256 of the normalised name: a password typed into the name field is never
-- stored in clear. A row is deleted once its series is over and no pause or lock runs.
create table sign_in_throttle (
    name_key          varchar(64) not null,
    failures          integer     not null,
    series_started_at timestamp with time zone,
    last_failure_at   timestamp with time zone,
    refused_until     timestamp with time zone,
    locked_at         timestamp with time zone,
    refused_attempts  integer     not null,
    version           bigint      not null,
    constraint pk_sign_in_throttle primary key (name_key)
);
create index ix_sign_in_throttle_series on sign_in_throttle (series_started_at);

-- Sign-in failures, locks and unlocks go to the audit trail (NIST AU-2, AC-7). They concern an
-- account, not a proposal: such events carry no proposal id.
alter table audit_event alter column proposal_id drop not null;
