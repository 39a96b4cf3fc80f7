-- Versions: the content of a proposal frozen at each submission. Rows are inserted, never updated.
create sequence proposal_version_seq start with 1000 increment by 50;

create table proposal_version (
    id             bigint        not null,
    proposal_id    bigint        not null,
    number         integer       not null,
    title          varchar(200)  not null,
    summary        varchar(4000) not null,
    classification varchar(16)   not null,
    submitted_by   varchar(64)   not null,
    submitted_at   timestamp with time zone not null,
    constraint pk_proposal_version primary key (id),
    constraint uq_proposal_version_number unique (proposal_id, number),
    constraint fk_proposal_version_proposal foreign key (proposal_id) references proposal (id)
);

create table version_step (
    version_id           bigint       not null,
    step_order           integer      not null,
    phase_index          integer      not null,
    phase_title          varchar(200) not null,
    ours_category        varchar(32),
    ours_description     varchar(2000),
    ours_reversibility   varchar(32),
    theirs_category      varchar(32),
    theirs_description   varchar(2000),
    theirs_reversibility varchar(32),
    theirs_verification  varchar(32),
    constraint pk_version_step primary key (version_id, step_order),
    constraint fk_version_step_version foreign key (version_id) references proposal_version (id)
);
