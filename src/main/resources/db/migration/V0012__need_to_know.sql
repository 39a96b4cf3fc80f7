-- Need to know (docs/security.md): who may see a proposal besides its track's staff and envoy and
-- the auditors. Every agency that holds or held a clearance slot on it, and whether it ever went to
-- the deputies and principals for a decision. Both only ever grow.
create table proposal_routed_agency (
    proposal_id bigint      not null,
    agency_code varchar(16) not null,
    constraint pk_proposal_routed_agency primary key (proposal_id, agency_code),
    constraint fk_proposal_routed_agency_proposal foreign key (proposal_id) references proposal (id),
    constraint fk_proposal_routed_agency_agency foreign key (agency_code) references agency (code)
);
create index ix_proposal_routed_agency_agency on proposal_routed_agency (agency_code, proposal_id);

insert into proposal_routed_agency (proposal_id, agency_code)
    select distinct r.proposal_id, a.agency_code
    from clearance_round r join agency_review a on a.round_id = r.id;

alter table proposal add column reached_deciders boolean default false not null;
update proposal set reached_deciders = true
    where status in ('AWAITING_DECISION', 'APPROVED', 'REJECTED')
       or id in (select proposal_id from decision);

-- The audit trail also records views of classified content and refusals of the access policy; a
-- refusal may name no proposal, or one that does not exist, so the column is optional and no longer
-- a foreign key (audit events are never deleted, and nor are proposals).
alter table audit_event drop constraint fk_audit_event_proposal;
alter table audit_event alter column proposal_id drop not null;
create index ix_audit_event_actor on audit_event (actor, id);
create index ix_audit_event_action on audit_event (action, id);
