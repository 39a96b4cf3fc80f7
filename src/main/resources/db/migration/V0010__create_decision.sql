-- Decisions of deputies and principals on cleared proposal versions.
create sequence decision_seq start with 1000 increment by 50;

create table decision (
    id             bigint        not null,
    proposal_id    bigint        not null,
    version_number integer       not null,
    outcome        varchar(32)   not null,
    rationale      varchar(4000) not null,
    conditions     varchar(4000),
    decided_by     varchar(64)   not null,
    decided_at     timestamp with time zone not null,
    constraint pk_decision primary key (id),
    constraint fk_decision_proposal foreign key (proposal_id) references proposal (id),
    constraint ck_decision_outcome
        check (outcome in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'RETURNED', 'REJECTED'))
);
