-- The audit trail. The application only ever inserts rows here.
create sequence audit_event_seq start with 1000 increment by 50;

create table audit_event (
    id             bigint        not null,
    occurred_at    timestamp with time zone not null,
    actor          varchar(64)   not null,
    acting_for     varchar(64),
    action         varchar(24)   not null,
    proposal_id    bigint        not null,
    from_status    varchar(24),
    to_status      varchar(24),
    version_number integer,
    detail         varchar(4000),
    constraint pk_audit_event primary key (id),
    constraint fk_audit_event_proposal foreign key (proposal_id) references proposal (id)
);
create index ix_audit_event_proposal on audit_event (proposal_id, occurred_at);
