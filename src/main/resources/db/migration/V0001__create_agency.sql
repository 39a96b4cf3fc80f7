-- The agencies with a stake in a negotiation. The code is what the application and the REST API use.
create table agency (
    code varchar(16)  not null,
    name varchar(200) not null,
    constraint pk_agency primary key (code)
);
