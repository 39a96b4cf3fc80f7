-- People who sign in. password_hash is a Jakarta Security Pbkdf2PasswordHash string
-- (algorithm:iterations:salt:hash); the database identity store reads it and user_account_role.
create sequence user_account_seq start with 1000 increment by 50;

create table user_account (
    id                  bigint       not null,
    username            varchar(64)  not null,
    display_name        varchar(200) not null,
    password_hash       varchar(300) not null,
    agency_code         varchar(16),
    clearance           varchar(16)  not null,
    enabled             boolean      not null,
    last_sign_in_at     timestamp with time zone,
    previous_sign_in_at timestamp with time zone,
    version             bigint       not null,
    constraint pk_user_account primary key (id),
    constraint uq_user_account_username unique (username),
    constraint fk_user_account_agency foreign key (agency_code) references agency (code),
    constraint ck_user_account_clearance
        check (clearance in ('UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET'))
);

create table user_account_role (
    user_account_id bigint      not null,
    role            varchar(32) not null,
    constraint pk_user_account_role primary key (user_account_id, role),
    constraint fk_user_account_role_account foreign key (user_account_id) references user_account (id),
    constraint ck_user_account_role_role
        check (role in ('ENVOY_STAFF', 'ENVOY', 'AGENCY_REVIEWER', 'AGENCY_LEAD',
                        'DEPUTY', 'PRINCIPAL', 'ADMIN', 'AUDITOR'))
);
