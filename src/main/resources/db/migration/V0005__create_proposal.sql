-- Proposals as drafted: phases in order, each with reciprocal steps (our side, their side).
create sequence proposal_seq start with 1000 increment by 50;
create sequence proposal_phase_seq start with 1000 increment by 50;
create sequence proposal_reference_seq start with 100;

create table proposal (
    id             bigint        not null,
    reference      varchar(32)   not null,
    track_id       bigint        not null,
    title          varchar(200)  not null,
    summary        varchar(4000) not null,
    classification varchar(16)   not null,
    status         varchar(24)   not null,
    version_number integer       not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        bigint        not null,
    constraint pk_proposal primary key (id),
    constraint uq_proposal_reference unique (reference),
    constraint fk_proposal_track foreign key (track_id) references negotiation_track (id),
    constraint ck_proposal_classification
        check (classification in ('UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET')),
    constraint ck_proposal_status
        check (status in ('DRAFT', 'IN_CLEARANCE', 'AWAITING_DECISION', 'APPROVED', 'REJECTED', 'WITHDRAWN'))
);
create index ix_proposal_track on proposal (track_id);
create index ix_proposal_status on proposal (status);

create table proposal_phase (
    id          bigint       not null,
    proposal_id bigint       not null,
    phase_order integer      not null,
    title       varchar(200) not null,
    constraint pk_proposal_phase primary key (id),
    constraint fk_proposal_phase_proposal foreign key (proposal_id) references proposal (id)
);
create index ix_proposal_phase_proposal on proposal_phase (proposal_id);

create table proposal_step (
    phase_id             bigint  not null,
    step_order           integer not null,
    ours_category        varchar(32),
    ours_description     varchar(2000),
    ours_reversibility   varchar(32),
    theirs_category      varchar(32),
    theirs_description   varchar(2000),
    theirs_reversibility varchar(32),
    theirs_verification  varchar(32),
    constraint pk_proposal_step primary key (phase_id, step_order),
    constraint fk_proposal_step_phase foreign key (phase_id) references proposal_phase (id)
);

-- Everyone who created or revised a proposal: they may never clear or decide it.
create table proposal_drafter (
    proposal_id bigint      not null,
    username    varchar(64) not null,
    constraint pk_proposal_drafter primary key (proposal_id, username),
    constraint fk_proposal_drafter_proposal foreign key (proposal_id) references proposal (id)
);
