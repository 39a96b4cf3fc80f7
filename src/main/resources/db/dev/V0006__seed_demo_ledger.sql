-- The demo ledger: which instrument of the leverage register (V0005) our side of each demo step spends,
-- one more proposal awaiting a decision, and the reciprocity findings every submitted version was
-- submitted with. Applied only with -Dparley.demo=true, after V0001..V0005.
--
-- A draft and its frozen versions name the same instruments (out of DRAFT the content is the latest
-- version's). DPRK-2026-0004 keeps the Kaesong exemption, retired after it was submitted.
--
-- DPRK-2026-0012 (AWAITING_DECISION, SECRET) is the override case: it spends the UN petroleum cap, our
-- best leverage, for a halt to launches Pyongyang can end with one launch. Its version carries a
-- BLOCKING finding, so only a principal can approve it, with a recorded justification; Treasury's
-- non-concurrence travels as a dissent. DPRK-2026-0003 waits for a decision without a blocking finding.
--
-- The findings at the end are exactly those the reciprocity rules (ledger.domain.ReciprocityCheck, with
-- the threshold of V0020, 2) compute for each version's content and this register, in ledger order:
-- what the application would have stored at submission. DemoFindingsIT holds them to that.

-- --- Our side of the demo steps names the instrument it spends ---
-- DPRK-2026-0001: the petroleum cap (suspended in tranches), the 1718 exemptions, the rail and road links.
update proposal_step set ours_instrument_id = 2 where phase_id = 1 and step_order = 0;
update proposal_step set ours_instrument_id = 8 where phase_id = 1 and step_order = 1;
update proposal_step set ours_instrument_id = 14 where phase_id = 2 and step_order = 0;
update version_step set ours_instrument_id = 2 where version_id in (1, 2) and step_order = 0;
update version_step set ours_instrument_id = 8 where version_id in (1, 2) and step_order = 1;
update version_step set ours_instrument_id = 14 where version_id in (1, 2) and step_order = 2;
-- DPRK-2026-0002: the liaison offices.
update proposal_step set ours_instrument_id = 10 where phase_id = 3 and step_order = 0;
update version_step set ours_instrument_id = 10 where version_id = 3 and step_order = 0;
-- DPRK-2026-0003: the spring combined exercise, the bomber flights.
update proposal_step set ours_instrument_id = 6 where phase_id = 4 and step_order = 0;
update proposal_step set ours_instrument_id = 7 where phase_id = 5 and step_order = 0;
update version_step set ours_instrument_id = 6 where version_id = 4 and step_order = 0;
update version_step set ours_instrument_id = 7 where version_id = 4 and step_order = 1;
-- DPRK-2026-0004: the Kaesong exemption (retired since).
update proposal_step set ours_instrument_id = 13 where phase_id = 6 and step_order = 0;
update version_step set ours_instrument_id = 13 where version_id = 5 and step_order = 0;
-- DPRK-2026-0005: the Hanoi package spends the UN sanctions on coal and iron, for good.
update proposal_step set ours_instrument_id = 1 where phase_id = 8 and step_order = 0;
update version_step set ours_instrument_id = 1 where version_id = 6 and step_order = 0;
-- DPRK-2026-0006: the written assurance, the end-of-war declaration.
update proposal_step set ours_instrument_id = 12 where phase_id = 9 and step_order = 0;
update proposal_step set ours_instrument_id = 11 where phase_id = 9 and step_order = 1;
update version_step set ours_instrument_id = 12 where version_id = 7 and step_order = 0;
update version_step set ours_instrument_id = 11 where version_id = 7 and step_order = 1;
-- DPRK-2026-0007: food aid through the World Food Programme.
update proposal_step set ours_instrument_id = 9 where phase_id = 10 and step_order = 0;
update version_step set ours_instrument_id = 9 where version_id = 8 and step_order = 0;
-- DPRK-2026-0008 (a fresh draft): the humanitarian exemptions.
update proposal_step set ours_instrument_id = 8 where phase_id = 11 and step_order = 0;
-- DPRK-2026-0009: the rail and road links, in both phases.
update proposal_step set ours_instrument_id = 14 where phase_id in (12, 13) and step_order = 0;
update version_step set ours_instrument_id = 14 where version_id = 9;

-- --- DPRK-2026-0012 (AWAITING_DECISION, SECRET): Petroleum for a halt to all missile launches ---
-- Routed to State, Treasury, Energy and the Intelligence Community; the envoy added Defense. Cleared with
-- Treasury's non-concurrence as a dissent; waiting for the deputy or principal, and only a principal can
-- approve it, with an override.
insert into proposal (id, reference, track_id, title, summary, classification, status, version_number, created_at, updated_at, version)
    values (12, 'DPRK-2026-0012', 1, 'Petroleum for a halt to all missile launches', 'Pyongyang''s price for a halt to launches is fuel. This package offers a one-year UN exemption for additional refined petroleum, delivered in monthly tranches that stop at the first launch, for a written halt to ballistic missile launches of every range and the dismantling of the Sohae engine test stand under observation. The tranches keep the deliveries reversible; the exemption itself spends the petroleum cap.', 'SECRET', 'AWAITING_DECISION', 1, timestamp with time zone '2026-11-18 09:00:00+00', timestamp with time zone '2026-11-23 09:00:00+00', 0);
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (16, 12, 0, 'Fuel for a halt to launches');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, ours_instrument_id, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (16, 0, 'SANCTIONS_RELIEF', 'Support a one-year UN 1718 Committee exemption for one million additional barrels of refined petroleum, delivered in monthly tranches that stop at the first launch.', 'EASILY_REVERSIBLE', 2, 'TEST_MORATORIUM', 'Commit in writing to no launches of ballistic missiles of any range, satellite launches included.', 'EASILY_REVERSIBLE', 'NATIONAL_TECHNICAL_MEANS');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, ours_instrument_id, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (16, 1, 'HUMANITARIAN_AID', 'Fast-track 1718 Committee exemptions for medical equipment and agricultural machinery.', 'EASILY_REVERSIBLE', 8, 'DISMANTLEMENT', 'Dismantle the engine test stand and the launch pad at Sohae, with U.S. and international experts observing.', 'REVERSIBLE_AT_COST', 'NATIONAL_TECHNICAL_MEANS');
insert into proposal_drafter (proposal_id, username)
    values (12, 'drafter');
insert into proposal_drafter (proposal_id, username)
    values (12, 'envoy');
insert into proposal_version (id, proposal_id, number, title, summary, classification, submitted_by, submitted_at)
    values (10, 12, 1, 'Petroleum for a halt to all missile launches', 'Pyongyang''s price for a halt to launches is fuel. This package offers a one-year UN exemption for additional refined petroleum, delivered in monthly tranches that stop at the first launch, for a written halt to ballistic missile launches of every range and the dismantling of the Sohae engine test stand under observation. The tranches keep the deliveries reversible; the exemption itself spends the petroleum cap.', 'SECRET', 'envoy', timestamp with time zone '2026-11-23 09:00:00+00');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, ours_instrument_id, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (10, 0, 0, 'Fuel for a halt to launches', 'SANCTIONS_RELIEF', 'Support a one-year UN 1718 Committee exemption for one million additional barrels of refined petroleum, delivered in monthly tranches that stop at the first launch.', 'EASILY_REVERSIBLE', 2, 'TEST_MORATORIUM', 'Commit in writing to no launches of ballistic missiles of any range, satellite launches included.', 'EASILY_REVERSIBLE', 'NATIONAL_TECHNICAL_MEANS');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, ours_instrument_id, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (10, 1, 0, 'Fuel for a halt to launches', 'HUMANITARIAN_AID', 'Fast-track 1718 Committee exemptions for medical equipment and agricultural machinery.', 'EASILY_REVERSIBLE', 8, 'DISMANTLEMENT', 'Dismantle the engine test stand and the launch pad at Sohae, with U.S. and international experts observing.', 'REVERSIBLE_AT_COST', 'NATIONAL_TECHNICAL_MEANS');
insert into clearance_round (id, proposal_id, version_number, opened_at, due_at, closed_at, outcome, cancelled, version)
    values (10, 12, 1, timestamp with time zone '2026-11-23 09:00:00+00', timestamp with time zone '2026-11-30 09:00:00+00', timestamp with time zone '2026-11-26 15:30:00+00', 'CLEARED', false, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (35, 10, 'STATE', 'CONCUR_WITH_COMMENTS', 'state', 'STATE', timestamp with time zone '2026-11-23 15:10:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (19, 35, 0, 'SUBSTANTIVE', 'Seoul and Tokyo will want the tranches announced through the 1718 Committee, not bilaterally; say so in the talking points.', null, null, null, null, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (36, 10, 'TREASURY', 'NON_CONCUR', 'treasury', 'TREASURY', timestamp with time zone '2026-11-26 15:30:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (20, 36, 0, 'CRITICAL', 'This spends the petroleum cap, our best leverage, on a halt that Pyongyang can end with a single launch. The tranches stop the deliveries, but the exemption is the precedent: once breached, the cap will not be restored in the Council.', null, null, null, null, 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (21, 36, 1, 'MAJOR', 'If fuel is offered at all, tie the first tranche to the verified dismantling at Sohae, not to a written commitment.', null, null, null, null, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (37, 10, 'ENERGY', 'CONCUR', 'energy', 'ENERGY', timestamp with time zone '2026-11-24 10:00:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (38, 10, 'IC', 'CONCUR_WITH_COMMENTS', 'ic', 'IC', timestamp with time zone '2026-11-24 16:40:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (22, 38, 0, 'SUBSTANTIVE', 'National technical means detect every launch of intermediate or longer range at once; some short-range launches from mobile launchers are confirmed only after the fact.', null, null, null, null, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (39, 10, 'DEFENSE', 'CONCUR', 'defense', 'DEFENSE', timestamp with time zone '2026-11-25 11:20:00+00', 0);
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (78, timestamp with time zone '2026-11-18 09:00:00+00', 'drafter', null, 'CREATED', 12, null, 'DRAFT', null, 'DPRK-2026-0012: Petroleum for a halt to all missile launches');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (79, timestamp with time zone '2026-11-20 14:00:00+00', 'envoy', null, 'EDITED', 12, 'DRAFT', 'DRAFT', null, 'Content revised.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (80, timestamp with time zone '2026-11-23 09:00:00+00', 'envoy', null, 'SUBMITTED', 12, 'DRAFT', 'IN_CLEARANCE', 1, 'Submitted for clearance; agencies added by the envoy: DEFENSE.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (81, timestamp with time zone '2026-11-23 15:10:00+00', 'state', 'STATE', 'POSITION_TAKEN', 12, null, null, 1, 'STATE: CONCUR_WITH_COMMENTS (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (82, timestamp with time zone '2026-11-24 10:00:00+00', 'energy', 'ENERGY', 'POSITION_TAKEN', 12, null, null, 1, 'ENERGY: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (83, timestamp with time zone '2026-11-24 16:40:00+00', 'ic', 'IC', 'POSITION_TAKEN', 12, null, null, 1, 'IC: CONCUR_WITH_COMMENTS (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (84, timestamp with time zone '2026-11-25 11:20:00+00', 'defense', 'DEFENSE', 'POSITION_TAKEN', 12, null, null, 1, 'DEFENSE: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (85, timestamp with time zone '2026-11-26 15:30:00+00', 'treasury', 'TREASURY', 'POSITION_TAKEN', 12, null, null, 1, 'TREASURY: NON_CONCUR (2 comments)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (86, timestamp with time zone '2026-11-26 15:30:00+00', 'treasury', null, 'ROUND_CLOSED', 12, 'IN_CLEARANCE', 'AWAITING_DECISION', 1, 'Clearance round for version 1 closed: CLEARED; dissents: TREASURY.');
insert into proposal_routed_agency (proposal_id, agency_code) values (12, 'STATE');
insert into proposal_routed_agency (proposal_id, agency_code) values (12, 'TREASURY');
insert into proposal_routed_agency (proposal_id, agency_code) values (12, 'ENERGY');
insert into proposal_routed_agency (proposal_id, agency_code) values (12, 'IC');
insert into proposal_routed_agency (proposal_id, agency_code) values (12, 'DEFENSE');
update proposal set reached_deciders = true where id = 12;

-- --- The findings each submitted version was submitted with (ReciprocityCheck, threshold 2) ---
-- DPRK-2026-0001 v1 and v2: the petroleum cap goes in phase 1, the declaration waits for phase 2.
insert into version_finding (id, proposal_id, version_number, position, rule, severity, phase_number, step_number, explanation)
    values (1, 1, 1, 0, 'HARD_STEPS_DEFERRED', 'WARNING', 1, 1, 'Phase 1, step 1: we spend “UN cap on refined petroleum imports”, our best leverage (tier 1), while every irreversible step of theirs waits for the last phase (phase 2).');
insert into version_finding (id, proposal_id, version_number, position, rule, severity, phase_number, step_number, explanation)
    values (2, 1, 2, 0, 'HARD_STEPS_DEFERRED', 'WARNING', 1, 1, 'Phase 1, step 1: we spend “UN cap on refined petroleum imports”, our best leverage (tier 1), while every irreversible step of theirs waits for the last phase (phase 2).');
-- DPRK-2026-0002 v1 and DPRK-2026-0003 v1: nothing found.
-- DPRK-2026-0004 v1: the Kaesong exemption costs more to take back than inspector access.
insert into version_finding (id, proposal_id, version_number, position, rule, severity, phase_number, step_number, explanation)
    values (3, 4, 1, 0, 'IRREVERSIBLE_FOR_REVERSIBLE', 'WARNING', 1, 1, 'Phase 1, step 1: what we give is reversible at cost, what they give is easily reversible. If they undo their step, we cannot undo ours as easily.');
-- DPRK-2026-0005 v1: UN sanctions lifted for good, for a dismantlement that can be reversed.
insert into version_finding (id, proposal_id, version_number, position, rule, severity, phase_number, step_number, explanation)
    values (4, 5, 1, 0, 'IRREVERSIBLE_FOR_REVERSIBLE', 'WARNING', 1, 1, 'Phase 1, step 1: what we give is irreversible, what they give is reversible at cost. If they undo their step, we cannot undo ours as easily.');
-- DPRK-2026-0006 v1: the end-of-war declaration cannot be taken back.
insert into version_finding (id, proposal_id, version_number, position, rule, severity, phase_number, step_number, explanation)
    values (5, 6, 1, 0, 'IRREVERSIBLE_FOR_REVERSIBLE', 'WARNING', 1, 2, 'Phase 1, step 2: what we give is irreversible, what they give is reversible at cost. If they undo their step, we cannot undo ours as easily.');
-- DPRK-2026-0007 v1: nothing found.
-- DPRK-2026-0009 v1: construction for a moratorium, twice; 2 points ahead by phase 2, exactly the threshold.
insert into version_finding (id, proposal_id, version_number, position, rule, severity, phase_number, step_number, explanation)
    values (6, 9, 1, 0, 'IRREVERSIBLE_FOR_REVERSIBLE', 'WARNING', 1, 1, 'Phase 1, step 1: what we give is reversible at cost, what they give is easily reversible. If they undo their step, we cannot undo ours as easily.');
insert into version_finding (id, proposal_id, version_number, position, rule, severity, phase_number, step_number, explanation)
    values (7, 9, 1, 1, 'IRREVERSIBLE_FOR_REVERSIBLE', 'WARNING', 2, 1, 'Phase 2, step 1: what we give is reversible at cost, what they give is easily reversible. If they undo their step, we cannot undo ours as easily.');
-- DPRK-2026-0012 v1: our best leverage for a step they can easily reverse (BLOCKING).
insert into version_finding (id, proposal_id, version_number, position, rule, severity, phase_number, step_number, explanation)
    values (8, 12, 1, 0, 'BEST_LEVERAGE_FOR_REVERSIBLE', 'BLOCKING', 1, 1, 'Phase 1, step 1: we spend “UN cap on refined petroleum imports”, our best leverage (tier 1), for a step they can easily reverse. Approving this needs a principal''s recorded override.');
