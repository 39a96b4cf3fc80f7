-- Demo data for the access model (docs/security.md). Applied only with -Dparley.demo=true.
--
-- Clearances: envoy, deputy and principal hold TOP_SECRET, every other demo user SECRET, and the new
-- user analyst (a STATE reviewer) CONFIDENTIAL. DPRK-2026-0006 was marked TOP_SECRET although its
-- drafter and reviewers hold SECRET now: it is re-marked SECRET, so that the story stays one its
-- people could have lived. DPRK-2026-0010, a TOP_SECRET draft of the envoy's, is seen by the envoy
-- alone (the drafter is track staff, but cleared only to SECRET).
--
-- A second working-level track with an envoy of its own (iran-envoy), so that "another track's
-- proposal" can be shown and tested: its draft IRAN-2026-0011 is no business of the DPRK team.
update user_account set clearance = 'TOP_SECRET' where username in ('envoy', 'deputy', 'principal');
update user_account set clearance = 'SECRET'
    where username in ('drafter', 'state', 'defense', 'energy', 'treasury', 'ic', 'nsc', 'state-lead', 'admin', 'auditor');

insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (14, 'analyst', 'Alex Analyst', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', 'STATE', 'CONFIDENTIAL', true, 0);
insert into user_account_role (user_account_id, role) values (14, 'AGENCY_REVIEWER');
insert into user_account (id, username, display_name, password_hash, agency_code, clearance, enabled, version)
    values (15, 'iran-envoy', 'Robin Rahimi', 'PBKDF2WithHmacSHA512:210000:tFPSfTfC7eOgk4Zh7FrARpC9HViwYJ3Pz/oYcXRNnR4=:fnV3WPJFhBHll6gGtuGXVKkJDK0YCOaYtkk1CjAFZ80=', null, 'SECRET', true, 0);
insert into user_account_role (user_account_id, role) values (15, 'ENVOY');

update proposal set classification = 'SECRET' where id = 6;
update proposal_version set classification = 'SECRET' where proposal_id = 6;

insert into negotiation_track (id, name, counterpart, level, reference_prefix, envoy_username, clearance_days, version)
    values (3, 'Iran nuclear file — working level', 'Iran', 'WORKING', 'IRAN', 'iran-envoy', 5, 0);

-- DPRK-2026-0010 (DRAFT, TOP_SECRET): the envoy's own draft, above the drafter's clearance.
insert into proposal (id, reference, track_id, title, summary, classification, status, version_number, created_at, updated_at, version)
    values (10, 'DPRK-2026-0010', 1, 'Reduced exercise footprint for a verified fissile material cutoff', 'Held at TOP SECRET: what the alliance could change in the scale of the autumn exercises, and only for a cutoff of fissile material production that inspectors can verify.', 'TOP_SECRET', 'DRAFT', 0, timestamp with time zone '2026-11-23 08:30:00+00', timestamp with time zone '2026-11-23 08:30:00+00', 0);
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (14, 10, 0, 'Footprint for a cutoff');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (14, 0, 'EXERCISE_ADJUSTMENT', 'Hold the autumn combined exercise as a command-post exercise, without strategic bombers over the peninsula.', 'EASILY_REVERSIBLE', 'FREEZE', 'Stop producing plutonium and highly enriched uranium at every facility, declared or not.', 'REVERSIBLE_AT_COST', 'IAEA_INSPECTION');
insert into proposal_drafter (proposal_id, username) values (10, 'envoy');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (76, timestamp with time zone '2026-11-23 08:30:00+00', 'envoy', null, 'CREATED', 10, null, 'DRAFT', null, 'DPRK-2026-0010: Reduced exercise footprint for a verified fissile material cutoff');

-- IRAN-2026-0011 (DRAFT, SECRET): another track's draft.
insert into proposal (id, reference, track_id, title, summary, classification, status, version_number, created_at, updated_at, version)
    values (11, 'IRAN-2026-0011', 3, 'Enrichment cap for frozen-asset transfers', 'A cap on enrichment at 3.67 percent and a stockpile ceiling, for humanitarian transfers from frozen assets through a monitored channel.', 'SECRET', 'DRAFT', 0, timestamp with time zone '2026-11-24 10:00:00+00', timestamp with time zone '2026-11-24 10:00:00+00', 0);
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (15, 11, 0, 'Cap for transfers');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (15, 0, 'HUMANITARIAN_AID', 'License humanitarian transfers from frozen assets through a monitored channel, in quarterly tranches.', 'EASILY_REVERSIBLE', 'FREEZE', 'Cap enrichment at 3.67 percent and ship out the stockpile above 300 kg.', 'REVERSIBLE_AT_COST', 'IAEA_INSPECTION');
insert into proposal_drafter (proposal_id, username) values (11, 'iran-envoy');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (77, timestamp with time zone '2026-11-24 10:00:00+00', 'iran-envoy', null, 'CREATED', 11, null, 'DRAFT', null, 'IRAN-2026-0011: Enrichment cap for frozen-asset transfers');

-- Need to know of the demo proposals (V0012 of the schema derives it for rows that existed then;
-- on a new database the demo proposals came after it).
insert into proposal_routed_agency (proposal_id, agency_code)
    select distinct r.proposal_id, a.agency_code
    from clearance_round r join agency_review a on a.round_id = r.id
    where not exists (
        select 1 from proposal_routed_agency x where x.proposal_id = r.proposal_id and x.agency_code = a.agency_code);
update proposal set reached_deciders = true
    where status in ('AWAITING_DECISION', 'APPROVED', 'REJECTED')
       or id in (select proposal_id from decision);
