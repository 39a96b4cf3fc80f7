-- The leverage register: instruments we hold and may spend on our side of a reciprocal step.
-- Tier 1 is our best leverage. An instrument named by a step is never deleted, only retired
-- (the foreign keys of V0019 make sure of it).
create sequence instrument_seq start with 1000 increment by 50;

create table instrument (
    id             bigint        not null,
    name           varchar(200)  not null,
    kind           varchar(32)   not null,
    tier           integer       not null,
    reversibility  varchar(32)   not null,
    owning_agency  varchar(16)   not null,
    notes          varchar(4000),
    estimated_cost varchar(200),
    legal_basis    varchar(400),
    retired        boolean       not null,
    version        bigint        not null,
    constraint pk_instrument primary key (id),
    constraint uq_instrument_name unique (name),
    constraint fk_instrument_agency foreign key (owning_agency) references agency (code),
    constraint ck_instrument_tier check (tier between 1 and 3),
    constraint ck_instrument_kind check (kind in ('UN_SANCTIONS', 'UNILATERAL_SANCTIONS',
        'COMBINED_EXERCISE', 'HUMANITARIAN_AID', 'DIPLOMATIC_STEP', 'SECURITY_ASSURANCE',
        'ECONOMIC_COOPERATION', 'OTHER')),
    constraint ck_instrument_reversibility
        check (reversibility in ('EASILY_REVERSIBLE', 'REVERSIBLE_AT_COST', 'IRREVERSIBLE'))
);
