-- The reciprocity check (docs/adr/0017): the administrator's setting, and the findings each
-- submitted version was submitted with (written once, in the submitting transaction).

-- One row: how many leverage points we may be ahead ("spent more than received") at the end of a
-- phase before the front-loading rule warns.
create table reciprocity_setting (
    id                      integer not null,
    front_loading_threshold integer not null,
    version                 bigint  not null,
    constraint pk_reciprocity_setting primary key (id),
    constraint ck_reciprocity_setting_single check (id = 1),
    constraint ck_reciprocity_setting_threshold check (front_loading_threshold between 0 and 1000)
);
insert into reciprocity_setting (id, front_loading_threshold, version) values (1, 2, 0);

create sequence version_finding_seq start with 1000 increment by 50;

create table version_finding (
    id             bigint        not null,
    proposal_id    bigint        not null,
    version_number integer       not null,
    position       integer       not null,
    rule           varchar(40)   not null,
    severity       varchar(16)   not null,
    phase_number   integer,
    step_number    integer,
    explanation    varchar(2000) not null,
    constraint pk_version_finding primary key (id),
    constraint uq_version_finding unique (proposal_id, version_number, position),
    constraint fk_version_finding_proposal foreign key (proposal_id) references proposal (id),
    constraint ck_version_finding_severity check (severity in ('WARNING', 'BLOCKING'))
);
