-- Our side of a reciprocal step may name the instrument of the leverage register it spends, in the
-- draft and in every frozen version.
alter table proposal_step add column ours_instrument_id bigint;
alter table proposal_step add constraint fk_proposal_step_instrument
    foreign key (ours_instrument_id) references instrument (id);

alter table version_step add column ours_instrument_id bigint;
alter table version_step add constraint fk_version_step_instrument
    foreign key (ours_instrument_id) references instrument (id);
