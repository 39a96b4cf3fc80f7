-- Negotiation tracks, their envoy and staff. Tracks are reference data (demo data seeds one).
create table negotiation_track (
    id               bigint       not null,
    name             varchar(200) not null,
    counterpart      varchar(200) not null,
    level            varchar(16)  not null,
    reference_prefix varchar(16)  not null,
    envoy_username   varchar(64)  not null,
    clearance_days   integer      not null,
    version          bigint       not null,
    constraint pk_negotiation_track primary key (id),
    constraint ck_negotiation_track_level check (level in ('WORKING', 'SUMMIT')),
    constraint ck_negotiation_track_clearance_days check (clearance_days between 1 and 60)
);

create table track_staff (
    track_id bigint      not null,
    username varchar(64) not null,
    constraint pk_track_staff primary key (track_id, username),
    constraint fk_track_staff_track foreign key (track_id) references negotiation_track (id)
);
