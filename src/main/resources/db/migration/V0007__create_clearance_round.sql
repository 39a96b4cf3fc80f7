-- Clearance rounds: one per submitted version, one review slot per required agency.
create sequence clearance_round_seq start with 1000 increment by 50;
create sequence agency_review_seq start with 1000 increment by 50;
create sequence review_comment_seq start with 1000 increment by 50;

create table clearance_round (
    id             bigint      not null,
    proposal_id    bigint      not null,
    version_number integer     not null,
    opened_at      timestamp with time zone not null,
    due_at         timestamp with time zone not null,
    closed_at      timestamp with time zone,
    outcome        varchar(24),
    cancelled      boolean     not null,
    version        bigint      not null,
    constraint pk_clearance_round primary key (id),
    constraint uq_clearance_round_version unique (proposal_id, version_number),
    constraint fk_clearance_round_proposal foreign key (proposal_id) references proposal (id),
    constraint ck_clearance_round_outcome check (outcome in ('CLEARED', 'CHANGES_REQUESTED'))
);

create table agency_review (
    id          bigint      not null,
    round_id    bigint      not null,
    agency_code varchar(16) not null,
    position    varchar(24),
    answered_by varchar(64),
    acting_for  varchar(64),
    answered_at timestamp with time zone,
    version     bigint      not null,
    constraint pk_agency_review primary key (id),
    constraint uq_agency_review_slot unique (round_id, agency_code),
    constraint fk_agency_review_round foreign key (round_id) references clearance_round (id),
    constraint fk_agency_review_agency foreign key (agency_code) references agency (code),
    constraint ck_agency_review_position
        check (position in ('CONCUR', 'CONCUR_WITH_COMMENTS', 'NON_CONCUR', 'CHANGES_REQUESTED'))
);
create index ix_agency_review_pending on agency_review (agency_code, position);

create table review_comment (
    id                bigint        not null,
    review_id         bigint        not null,
    comment_order     integer       not null,
    comment_type      varchar(16)   not null,
    comment_text      varchar(4000) not null,
    accepted          boolean,
    resolution_reason varchar(2000),
    resolved_by       varchar(64),
    resolved_at       timestamp with time zone,
    version           bigint        not null,
    constraint pk_review_comment primary key (id),
    constraint fk_review_comment_review foreign key (review_id) references agency_review (id),
    constraint ck_review_comment_type
        check (comment_type in ('CRITICAL', 'MAJOR', 'SUBSTANTIVE', 'ADMINISTRATIVE'))
);
