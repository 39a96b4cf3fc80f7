-- Routing rules: which agency must clear a proposal whose ledger shows a given value.
create sequence routing_rule_seq start with 1000 increment by 50;

create table routing_rule (
    id              bigint      not null,
    criterion       varchar(24) not null,
    criterion_value varchar(32) not null,
    agency_code     varchar(16) not null,
    constraint pk_routing_rule primary key (id),
    constraint uq_routing_rule unique (criterion, criterion_value, agency_code),
    constraint fk_routing_rule_agency foreign key (agency_code) references agency (code),
    constraint ck_routing_rule_criterion check (criterion in ('OUR_CATEGORY', 'THEIR_CATEGORY', 'VERIFICATION'))
);
