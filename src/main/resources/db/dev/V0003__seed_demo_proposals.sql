-- Demo proposals on the DPRK working-level track (track 1), written from the seed article's scenario:
-- action for action, never our best leverage for steps Pyongyang can easily reverse, deterrence kept.
-- Applied only with -Dparley.demo=true, after V0001 (users) and V0002 (tracks).
--
-- One proposal in every status, each told in full: its ledger, the drafters (everyone who created or
-- revised it), a frozen version per submission, a clearance round per version with the agencies the
-- default routing rules (V0009) select plus those the envoy added, every position and comment, the
-- decisions, and an audit trail that tells the story in order. Nobody who drafted a proposal reviews or
-- decides it, and every reviewer's clearance covers the proposal's classification.
--
--   DPRK-2026-0001  APPROVED           SECRET        two versions; changes requested, answered, approved with conditions
--   DPRK-2026-0002  APPROVED           UNCLASSIFIED  State only by routing, Defense and NSC added by the envoy
--   DPRK-2026-0003  AWAITING_DECISION  SECRET        Defense's non-concurrence travels as a dissent
--   DPRK-2026-0004  IN_CLEARANCE       CONFIDENTIAL  State and IC answered; Energy and Treasury pending
--   DPRK-2026-0005  REJECTED           SECRET        the Hanoi package: all sanctions for Yongbyon
--   DPRK-2026-0006  WITHDRAWN          TOP_SECRET    withdrawn in clearance; its round cancelled
--   DPRK-2026-0007  DRAFT              CONFIDENTIAL  back with changes requested; comments partly answered
--   DPRK-2026-0008  DRAFT              UNCLASSIFIED  fresh draft, never submitted, one step still one-sided
--   DPRK-2026-0009  DRAFT              SECRET        cleared, then returned by the deputy
--
-- Ids are explicit and stay below 951: the sequences start at 1000, and Hibernate's pooled optimizer
-- hands out the 50 ids up to a sequence's first value (951..1000) first. References DPRK-2026-0001..0009
-- stay below proposal_reference_seq, which starts at 100. Every @Version column starts at 0.

-- DPRK-2026-0001 (APPROVED, SECRET): Yongbyon freeze for partial sanctions relief
-- Two versions: Treasury requested a snapback, the drafters answered every comment, version 2 cleared, the principal approved with conditions.
insert into proposal (id, reference, track_id, title, summary, classification, status, version_number, created_at, updated_at, version)
    values (1, 'DPRK-2026-0001', 1, 'Yongbyon freeze for partial sanctions relief', 'First phase of an action-for-action package: a verified freeze of all nuclear activity at Yongbyon for partial, time-limited relief from UN sanctions. Relief is limited to measures we can restore quickly, so that our best leverage is never spent on steps Pyongyang can reverse, as it did when it reconstituted Yongbyon after the 2008 disablement. Version 2 ties the petroleum relief to an automatic snapback if inspectors are refused access.', 'SECRET', 'APPROVED', 2, timestamp with time zone '2026-09-14 09:10:00+00', timestamp with time zone '2026-09-28 09:00:00+00', 0);
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (1, 1, 0, 'Verified freeze at Yongbyon');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (1, 0, 'SANCTIONS_RELIEF', 'Suspend the UN Security Council cap on refined petroleum imports for twelve months, with automatic snapback if IAEA inspectors are refused access at any time.', 'EASILY_REVERSIBLE', 'FREEZE', 'Halt the 5 MWe reactor, reprocessing at the Radiochemical Laboratory and uranium enrichment at Yongbyon, the enrichment hall built after 2009 included.', 'REVERSIBLE_AT_COST', 'IAEA_INSPECTION');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (1, 1, 'HUMANITARIAN_AID', 'Fast-track UN 1718 Committee exemptions for food, medical and agricultural shipments.', 'EASILY_REVERSIBLE', 'INSPECTOR_ACCESS', 'Readmit IAEA inspectors to Yongbyon, with a continuous presence at the reactor and the enrichment hall.', 'EASILY_REVERSIBLE', 'IAEA_INSPECTION');
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (2, 1, 1, 'Declaration for civilian projects');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (2, 0, 'SANCTIONS_RELIEF', 'Exempt inter-Korean civilian rail and road projects from UN sanctions.', 'REVERSIBLE_AT_COST', 'DECLARATION', 'Declare all fissile material produced at Yongbyon, with the reactor''s operating records.', 'IRREVERSIBLE', 'IAEA_INSPECTION');
insert into proposal_drafter (proposal_id, username)
    values (1, 'drafter');
insert into proposal_drafter (proposal_id, username)
    values (1, 'envoy');
insert into proposal_version (id, proposal_id, number, title, summary, classification, submitted_by, submitted_at)
    values (1, 1, 1, 'Yongbyon freeze for partial sanctions relief', 'First phase of an action-for-action package: a verified freeze of all nuclear activity at Yongbyon for partial, time-limited relief from UN sanctions. Relief is limited to measures we can restore quickly, so that our best leverage is never spent on steps Pyongyang can reverse, as it did when it reconstituted Yongbyon after the 2008 disablement.', 'SECRET', 'envoy', timestamp with time zone '2026-09-17 10:00:00+00');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (1, 0, 0, 'Freeze at Yongbyon', 'SANCTIONS_RELIEF', 'Suspend the UN Security Council cap on refined petroleum imports for twelve months.', 'EASILY_REVERSIBLE', 'FREEZE', 'Halt the 5 MWe reactor, reprocessing at the Radiochemical Laboratory and uranium enrichment at Yongbyon, the enrichment hall built after 2009 included.', 'REVERSIBLE_AT_COST', 'IAEA_INSPECTION');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (1, 1, 0, 'Freeze at Yongbyon', 'HUMANITARIAN_AID', 'Fast-track UN 1718 Committee exemptions for food, medical and agricultural shipments.', 'EASILY_REVERSIBLE', 'INSPECTOR_ACCESS', 'Readmit IAEA inspectors to Yongbyon, with a continuous presence at the reactor and the enrichment hall.', 'EASILY_REVERSIBLE', 'IAEA_INSPECTION');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (1, 2, 1, 'Declaration for civilian projects', 'SANCTIONS_RELIEF', 'Exempt inter-Korean civilian rail and road projects from UN sanctions.', 'REVERSIBLE_AT_COST', 'DECLARATION', 'Declare all fissile material produced at Yongbyon, with the reactor''s operating records.', 'IRREVERSIBLE', 'IAEA_INSPECTION');
insert into proposal_version (id, proposal_id, number, title, summary, classification, submitted_by, submitted_at)
    values (2, 1, 2, 'Yongbyon freeze for partial sanctions relief', 'First phase of an action-for-action package: a verified freeze of all nuclear activity at Yongbyon for partial, time-limited relief from UN sanctions. Relief is limited to measures we can restore quickly, so that our best leverage is never spent on steps Pyongyang can reverse, as it did when it reconstituted Yongbyon after the 2008 disablement. Version 2 ties the petroleum relief to an automatic snapback if inspectors are refused access.', 'SECRET', 'envoy', timestamp with time zone '2026-09-28 09:00:00+00');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (2, 0, 0, 'Verified freeze at Yongbyon', 'SANCTIONS_RELIEF', 'Suspend the UN Security Council cap on refined petroleum imports for twelve months, with automatic snapback if IAEA inspectors are refused access at any time.', 'EASILY_REVERSIBLE', 'FREEZE', 'Halt the 5 MWe reactor, reprocessing at the Radiochemical Laboratory and uranium enrichment at Yongbyon, the enrichment hall built after 2009 included.', 'REVERSIBLE_AT_COST', 'IAEA_INSPECTION');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (2, 1, 0, 'Verified freeze at Yongbyon', 'HUMANITARIAN_AID', 'Fast-track UN 1718 Committee exemptions for food, medical and agricultural shipments.', 'EASILY_REVERSIBLE', 'INSPECTOR_ACCESS', 'Readmit IAEA inspectors to Yongbyon, with a continuous presence at the reactor and the enrichment hall.', 'EASILY_REVERSIBLE', 'IAEA_INSPECTION');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (2, 2, 1, 'Declaration for civilian projects', 'SANCTIONS_RELIEF', 'Exempt inter-Korean civilian rail and road projects from UN sanctions.', 'REVERSIBLE_AT_COST', 'DECLARATION', 'Declare all fissile material produced at Yongbyon, with the reactor''s operating records.', 'IRREVERSIBLE', 'IAEA_INSPECTION');
insert into clearance_round (id, proposal_id, version_number, opened_at, due_at, closed_at, outcome, cancelled, version)
    values (1, 1, 1, timestamp with time zone '2026-09-17 10:00:00+00', timestamp with time zone '2026-09-24 10:00:00+00', timestamp with time zone '2026-09-23 16:20:00+00', 'CHANGES_REQUESTED', false, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (1, 1, 'STATE', 'CONCUR', 'state', 'STATE', timestamp with time zone '2026-09-18 15:05:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (2, 1, 'ENERGY', 'CONCUR_WITH_COMMENTS', 'energy', 'ENERGY', timestamp with time zone '2026-09-21 10:30:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (1, 2, 0, 'SUBSTANTIVE', 'Say that the freeze covers the enrichment hall built after 2009, not only the reactor; the 2008 disablement did not.', true, null, 'drafter', timestamp with time zone '2026-09-24 09:35:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (3, 1, 'TREASURY', 'CHANGES_REQUESTED', 'treasury', 'TREASURY', timestamp with time zone '2026-09-23 16:20:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (2, 3, 0, 'CRITICAL', 'As drafted, the petroleum cap could only be reimposed by a new Security Council vote. It must snap back automatically if inspectors are refused access.', true, null, 'drafter', timestamp with time zone '2026-09-24 09:30:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (3, 3, 1, 'ADMINISTRATIVE', 'Cite the resolution that sets the petroleum cap (UNSCR 2397).', false, 'Resolution numbers stay in the annex; the ledger names the measure.', 'envoy', timestamp with time zone '2026-09-24 11:00:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (4, 1, 'IC', 'CONCUR', 'ic', 'IC', timestamp with time zone '2026-09-22 09:45:00+00', 0);
insert into clearance_round (id, proposal_id, version_number, opened_at, due_at, closed_at, outcome, cancelled, version)
    values (2, 1, 2, timestamp with time zone '2026-09-28 09:00:00+00', timestamp with time zone '2026-10-05 09:00:00+00', timestamp with time zone '2026-10-01 11:05:00+00', 'CLEARED', false, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (5, 2, 'STATE', 'CONCUR', 'state-lead', 'STATE', timestamp with time zone '2026-09-29 10:10:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (6, 2, 'ENERGY', 'CONCUR', 'energy', 'ENERGY', timestamp with time zone '2026-09-30 09:20:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (7, 2, 'TREASURY', 'CONCUR', 'treasury', 'TREASURY', timestamp with time zone '2026-09-29 14:45:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (8, 2, 'IC', 'CONCUR_WITH_COMMENTS', 'ic', 'IC', timestamp with time zone '2026-10-01 11:05:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (4, 8, 0, 'MAJOR', 'Our own collection on the enrichment hall is limited; the continuous IAEA presence in phase 1 is what makes the freeze verifiable.', null, null, null, null, 0);
insert into decision (id, proposal_id, version_number, outcome, rationale, conditions, decided_by, decided_at)
    values (1, 1, 2, 'APPROVED_WITH_CONDITIONS', 'Relief is limited, time-bound and snaps back, while the freeze is verified on site: action for action, without spending our best leverage.', 'Relief takes effect only after the IAEA''s first report confirms the freeze. Treasury keeps enforcing every other sanction, ship-to-ship transfers included.', 'principal', timestamp with time zone '2026-10-05 16:00:00+00');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (1, timestamp with time zone '2026-09-14 09:10:00+00', 'drafter', null, 'CREATED', 1, null, 'DRAFT', null, 'DPRK-2026-0001: Yongbyon freeze for partial sanctions relief');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (2, timestamp with time zone '2026-09-15 14:25:00+00', 'drafter', null, 'EDITED', 1, 'DRAFT', 'DRAFT', null, 'Content revised.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (3, timestamp with time zone '2026-09-16 11:40:00+00', 'envoy', null, 'EDITED', 1, 'DRAFT', 'DRAFT', null, 'Content revised.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (4, timestamp with time zone '2026-09-17 10:00:00+00', 'envoy', null, 'SUBMITTED', 1, 'DRAFT', 'IN_CLEARANCE', 1, 'Submitted for clearance.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (5, timestamp with time zone '2026-09-18 15:05:00+00', 'state', 'STATE', 'POSITION_TAKEN', 1, null, null, 1, 'STATE: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (6, timestamp with time zone '2026-09-21 10:30:00+00', 'energy', 'ENERGY', 'POSITION_TAKEN', 1, null, null, 1, 'ENERGY: CONCUR_WITH_COMMENTS (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (7, timestamp with time zone '2026-09-22 09:45:00+00', 'ic', 'IC', 'POSITION_TAKEN', 1, null, null, 1, 'IC: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (8, timestamp with time zone '2026-09-23 16:20:00+00', 'treasury', 'TREASURY', 'POSITION_TAKEN', 1, null, null, 1, 'TREASURY: CHANGES_REQUESTED (2 comments)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (9, timestamp with time zone '2026-09-23 16:20:00+00', 'treasury', null, 'ROUND_CLOSED', 1, 'IN_CLEARANCE', 'DRAFT', 1, 'Clearance round for version 1 closed: CHANGES_REQUESTED.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (10, timestamp with time zone '2026-09-24 09:30:00+00', 'drafter', null, 'COMMENT_RESOLVED', 1, null, null, 1, 'Comment 2 accepted.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (11, timestamp with time zone '2026-09-24 09:35:00+00', 'drafter', null, 'COMMENT_RESOLVED', 1, null, null, 1, 'Comment 1 accepted.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (12, timestamp with time zone '2026-09-24 11:00:00+00', 'envoy', null, 'COMMENT_RESOLVED', 1, null, null, 1, 'Comment 3 rejected: Resolution numbers stay in the annex; the ledger names the measure.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (13, timestamp with time zone '2026-09-25 10:15:00+00', 'drafter', null, 'EDITED', 1, 'DRAFT', 'DRAFT', null, 'Content revised.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (14, timestamp with time zone '2026-09-28 09:00:00+00', 'envoy', null, 'SUBMITTED', 1, 'DRAFT', 'IN_CLEARANCE', 2, 'Submitted for clearance.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (15, timestamp with time zone '2026-09-29 10:10:00+00', 'state-lead', 'STATE', 'POSITION_TAKEN', 1, null, null, 2, 'STATE: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (16, timestamp with time zone '2026-09-29 14:45:00+00', 'treasury', 'TREASURY', 'POSITION_TAKEN', 1, null, null, 2, 'TREASURY: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (17, timestamp with time zone '2026-09-30 09:20:00+00', 'energy', 'ENERGY', 'POSITION_TAKEN', 1, null, null, 2, 'ENERGY: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (18, timestamp with time zone '2026-10-01 11:05:00+00', 'ic', 'IC', 'POSITION_TAKEN', 1, null, null, 2, 'IC: CONCUR_WITH_COMMENTS (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (19, timestamp with time zone '2026-10-01 11:05:00+00', 'ic', null, 'ROUND_CLOSED', 1, 'IN_CLEARANCE', 'AWAITING_DECISION', 2, 'Clearance round for version 2 closed: CLEARED.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (20, timestamp with time zone '2026-10-05 16:00:00+00', 'principal', null, 'DECIDED', 1, 'AWAITING_DECISION', 'APPROVED', 2, 'APPROVED_WITH_CONDITIONS: Relief is limited, time-bound and snaps back, while the freeze is verified on site: action for action, without spending our best leverage.');

-- DPRK-2026-0002 (APPROVED, UNCLASSIFIED): Liaison offices for the repatriation of remains
-- Routing selected State only; the envoy added Defense and the NSC staff; cleared and approved by the deputy.
insert into proposal (id, reference, track_id, title, summary, classification, status, version_number, created_at, updated_at, version)
    values (2, 'DPRK-2026-0002', 1, 'Liaison offices for the repatriation of remains', 'A low-cost step that builds trust: liaison offices in both capitals for the resumption of joint recovery of the remains of U.S. servicemembers from the Korean War. Neither step touches sanctions or deterrence, and both can be suspended if the talks break down.', 'UNCLASSIFIED', 'APPROVED', 1, timestamp with time zone '2026-10-06 09:00:00+00', timestamp with time zone '2026-10-07 10:30:00+00', 0);
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (3, 2, 0, 'Channels and remains');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (3, 0, 'LIAISON_OFFICE', 'Open liaison offices in Pyongyang and Washington, staffed by up to five diplomats each.', 'REVERSIBLE_AT_COST', 'REPATRIATION', 'Resume joint field recovery with the Defense POW/MIA Accounting Agency in Unsan county and at the Chosin Reservoir.', 'REVERSIBLE_AT_COST', 'CONTINUOUS_ON_SITE');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (3, 1, 'HUMANITARIAN_AID', 'Allow Korean Americans to travel to the North for family reunions.', 'EASILY_REVERSIBLE', 'REPATRIATION', 'Return the remains already recovered by the Korean People''s Army, with their identification tags and records.', 'IRREVERSIBLE', 'SELF_DECLARATION');
insert into proposal_drafter (proposal_id, username)
    values (2, 'drafter');
insert into proposal_version (id, proposal_id, number, title, summary, classification, submitted_by, submitted_at)
    values (3, 2, 1, 'Liaison offices for the repatriation of remains', 'A low-cost step that builds trust: liaison offices in both capitals for the resumption of joint recovery of the remains of U.S. servicemembers from the Korean War. Neither step touches sanctions or deterrence, and both can be suspended if the talks break down.', 'UNCLASSIFIED', 'envoy', timestamp with time zone '2026-10-07 10:30:00+00');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (3, 0, 0, 'Channels and remains', 'LIAISON_OFFICE', 'Open liaison offices in Pyongyang and Washington, staffed by up to five diplomats each.', 'REVERSIBLE_AT_COST', 'REPATRIATION', 'Resume joint field recovery with the Defense POW/MIA Accounting Agency in Unsan county and at the Chosin Reservoir.', 'REVERSIBLE_AT_COST', 'CONTINUOUS_ON_SITE');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (3, 1, 0, 'Channels and remains', 'HUMANITARIAN_AID', 'Allow Korean Americans to travel to the North for family reunions.', 'EASILY_REVERSIBLE', 'REPATRIATION', 'Return the remains already recovered by the Korean People''s Army, with their identification tags and records.', 'IRREVERSIBLE', 'SELF_DECLARATION');
insert into clearance_round (id, proposal_id, version_number, opened_at, due_at, closed_at, outcome, cancelled, version)
    values (3, 2, 1, timestamp with time zone '2026-10-07 10:30:00+00', timestamp with time zone '2026-10-14 10:30:00+00', timestamp with time zone '2026-10-09 13:15:00+00', 'CLEARED', false, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (9, 3, 'STATE', 'CONCUR', 'state', 'STATE', timestamp with time zone '2026-10-07 15:00:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (10, 3, 'DEFENSE', 'CONCUR_WITH_COMMENTS', 'defense', 'DEFENSE', timestamp with time zone '2026-10-09 13:15:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (5, 10, 0, 'ADMINISTRATIVE', 'Name DPAA as the implementing agency; recovery teams need thirty days'' notice to deploy.', null, null, null, null, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (11, 3, 'NSC', 'CONCUR', 'nsc', 'NSC', timestamp with time zone '2026-10-08 09:40:00+00', 0);
insert into decision (id, proposal_id, version_number, outcome, rationale, conditions, decided_by, decided_at)
    values (2, 2, 1, 'APPROVED', 'Costs none of our leverage, is reversible, and opens the working channel the rest of the package needs.', null, 'deputy', timestamp with time zone '2026-10-13 10:00:00+00');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (21, timestamp with time zone '2026-10-06 09:00:00+00', 'drafter', null, 'CREATED', 2, null, 'DRAFT', null, 'DPRK-2026-0002: Liaison offices for the repatriation of remains');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (22, timestamp with time zone '2026-10-07 10:30:00+00', 'envoy', null, 'SUBMITTED', 2, 'DRAFT', 'IN_CLEARANCE', 1, 'Submitted for clearance; agencies added by the envoy: DEFENSE, NSC.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (23, timestamp with time zone '2026-10-07 15:00:00+00', 'state', 'STATE', 'POSITION_TAKEN', 2, null, null, 1, 'STATE: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (24, timestamp with time zone '2026-10-08 09:40:00+00', 'nsc', 'NSC', 'POSITION_TAKEN', 2, null, null, 1, 'NSC: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (25, timestamp with time zone '2026-10-09 13:15:00+00', 'defense', 'DEFENSE', 'POSITION_TAKEN', 2, null, null, 1, 'DEFENSE: CONCUR_WITH_COMMENTS (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (26, timestamp with time zone '2026-10-09 13:15:00+00', 'defense', null, 'ROUND_CLOSED', 2, 'IN_CLEARANCE', 'AWAITING_DECISION', 1, 'Clearance round for version 1 closed: CLEARED.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (27, timestamp with time zone '2026-10-13 10:00:00+00', 'deputy', null, 'DECIDED', 2, 'AWAITING_DECISION', 'APPROVED', 1, 'APPROVED: Costs none of our leverage, is reversible, and opens the working channel the rest of the package needs.');

-- DPRK-2026-0003 (AWAITING_DECISION, SECRET): Exercise adjustment for a test moratorium
-- Cleared with Defense's non-concurrence travelling as a dissent; waiting for the deputy or principal.
insert into proposal (id, reference, track_id, title, summary, classification, status, version_number, created_at, updated_at, version)
    values (3, 'DPRK-2026-0003', 1, 'Exercise adjustment for a test moratorium', 'Adjust, not cancel: the spring combined exercises go ahead as command-post exercises for a written moratorium on nuclear tests and long-range missile launches. Unit-level readiness training continues, and the adjustment lapses at once if a test or launch is detected.', 'SECRET', 'AWAITING_DECISION', 1, timestamp with time zone '2026-11-02 09:30:00+00', timestamp with time zone '2026-11-04 09:00:00+00', 0);
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (4, 3, 0, 'Exercises for a moratorium');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (4, 0, 'EXERCISE_ADJUSTMENT', 'Hold the spring combined exercises as computer-simulated command-post exercises, without large-scale field training.', 'EASILY_REVERSIBLE', 'TEST_MORATORIUM', 'Commit in writing to no nuclear tests and no intercontinental ballistic missile launches.', 'EASILY_REVERSIBLE', 'NATIONAL_TECHNICAL_MEANS');
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (5, 3, 1, 'Bomber flights for missile limits');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (5, 0, 'EXERCISE_ADJUSTMENT', 'Suspend strategic bomber flights over the peninsula for six months.', 'EASILY_REVERSIBLE', 'MISSILE_LIMIT', 'Halt launches of intermediate-range missiles over Japan.', 'EASILY_REVERSIBLE', 'NATIONAL_TECHNICAL_MEANS');
insert into proposal_drafter (proposal_id, username)
    values (3, 'drafter');
insert into proposal_version (id, proposal_id, number, title, summary, classification, submitted_by, submitted_at)
    values (4, 3, 1, 'Exercise adjustment for a test moratorium', 'Adjust, not cancel: the spring combined exercises go ahead as command-post exercises for a written moratorium on nuclear tests and long-range missile launches. Unit-level readiness training continues, and the adjustment lapses at once if a test or launch is detected.', 'SECRET', 'envoy', timestamp with time zone '2026-11-04 09:00:00+00');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (4, 0, 0, 'Exercises for a moratorium', 'EXERCISE_ADJUSTMENT', 'Hold the spring combined exercises as computer-simulated command-post exercises, without large-scale field training.', 'EASILY_REVERSIBLE', 'TEST_MORATORIUM', 'Commit in writing to no nuclear tests and no intercontinental ballistic missile launches.', 'EASILY_REVERSIBLE', 'NATIONAL_TECHNICAL_MEANS');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (4, 1, 1, 'Bomber flights for missile limits', 'EXERCISE_ADJUSTMENT', 'Suspend strategic bomber flights over the peninsula for six months.', 'EASILY_REVERSIBLE', 'MISSILE_LIMIT', 'Halt launches of intermediate-range missiles over Japan.', 'EASILY_REVERSIBLE', 'NATIONAL_TECHNICAL_MEANS');
insert into clearance_round (id, proposal_id, version_number, opened_at, due_at, closed_at, outcome, cancelled, version)
    values (4, 3, 1, timestamp with time zone '2026-11-04 09:00:00+00', timestamp with time zone '2026-11-11 09:00:00+00', timestamp with time zone '2026-11-09 17:45:00+00', 'CLEARED', false, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (12, 4, 'STATE', 'CONCUR', 'state', 'STATE', timestamp with time zone '2026-11-04 14:30:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (13, 4, 'DEFENSE', 'NON_CONCUR', 'defense', 'DEFENSE', timestamp with time zone '2026-11-09 17:45:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (7, 13, 0, 'CRITICAL', 'Combined field training is what deters conventional action against the South and our forces there. Trading it for a moratorium Pyongyang can end with one launch weakens deterrence.', null, null, null, null, 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (8, 13, 1, 'MAJOR', 'If the exercises are adjusted at all, keep the field training and adjust only their scale and public messaging.', null, null, null, null, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (14, 4, 'ENERGY', 'CONCUR', 'energy', 'ENERGY', timestamp with time zone '2026-11-05 10:00:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (15, 4, 'IC', 'CONCUR_WITH_COMMENTS', 'ic', 'IC', timestamp with time zone '2026-11-06 11:20:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (6, 15, 0, 'SUBSTANTIVE', 'National technical means detect nuclear tests and long-range launches reliably; short-range launches fall outside this ledger.', null, null, null, null, 0);
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (28, timestamp with time zone '2026-11-02 09:30:00+00', 'drafter', null, 'CREATED', 3, null, 'DRAFT', null, 'DPRK-2026-0003: Exercise adjustment for a test moratorium');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (29, timestamp with time zone '2026-11-03 16:10:00+00', 'drafter', null, 'EDITED', 3, 'DRAFT', 'DRAFT', null, 'Content revised.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (30, timestamp with time zone '2026-11-04 09:00:00+00', 'envoy', null, 'SUBMITTED', 3, 'DRAFT', 'IN_CLEARANCE', 1, 'Submitted for clearance.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (31, timestamp with time zone '2026-11-04 14:30:00+00', 'state', 'STATE', 'POSITION_TAKEN', 3, null, null, 1, 'STATE: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (32, timestamp with time zone '2026-11-05 10:00:00+00', 'energy', 'ENERGY', 'POSITION_TAKEN', 3, null, null, 1, 'ENERGY: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (33, timestamp with time zone '2026-11-06 11:20:00+00', 'ic', 'IC', 'POSITION_TAKEN', 3, null, null, 1, 'IC: CONCUR_WITH_COMMENTS (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (34, timestamp with time zone '2026-11-09 17:45:00+00', 'defense', 'DEFENSE', 'POSITION_TAKEN', 3, null, null, 1, 'DEFENSE: NON_CONCUR (2 comments)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (35, timestamp with time zone '2026-11-09 17:45:00+00', 'defense', null, 'ROUND_CLOSED', 3, 'IN_CLEARANCE', 'AWAITING_DECISION', 1, 'Clearance round for version 1 closed: CLEARED; dissents: DEFENSE.');

-- DPRK-2026-0004 (IN_CLEARANCE, CONFIDENTIAL): IAEA inspector access for economic cooperation
-- In clearance: State and the Intelligence Community have answered, Energy and Treasury have not.
insert into proposal (id, reference, track_id, title, summary, classification, status, version_number, created_at, updated_at, version)
    values (4, 'DPRK-2026-0004', 1, 'IAEA inspector access for economic cooperation', 'Second-phase package: IAEA inspectors return to every declared site and Pyongyang declares its enrichment facilities beyond Yongbyon; in return, inter-Korean economic projects may resume under UN exemptions. Cooperation is phased in as inspections proceed, so it can be halted the day access is denied.', 'CONFIDENTIAL', 'IN_CLEARANCE', 1, timestamp with time zone '2026-11-10 10:00:00+00', timestamp with time zone '2026-11-16 09:30:00+00', 0);
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (6, 4, 0, 'Access for Kaesong');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (6, 0, 'ECONOMIC_COOPERATION', 'Support a UN 1718 Committee exemption to reopen the Kaesong industrial complex.', 'REVERSIBLE_AT_COST', 'INSPECTOR_ACCESS', 'Give IAEA inspectors access to every declared nuclear site within thirty days, short-notice visits included.', 'EASILY_REVERSIBLE', 'IAEA_INSPECTION');
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (7, 4, 1, 'A declaration for tourism');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (7, 0, 'ECONOMIC_COOPERATION', 'Allow South Korean operators to resume tourism to Mount Kumgang.', 'EASILY_REVERSIBLE', 'DECLARATION', 'Declare every uranium enrichment facility, Kangson included.', 'IRREVERSIBLE', 'IAEA_INSPECTION');
insert into proposal_drafter (proposal_id, username)
    values (4, 'drafter');
insert into proposal_drafter (proposal_id, username)
    values (4, 'envoy');
insert into proposal_version (id, proposal_id, number, title, summary, classification, submitted_by, submitted_at)
    values (5, 4, 1, 'IAEA inspector access for economic cooperation', 'Second-phase package: IAEA inspectors return to every declared site and Pyongyang declares its enrichment facilities beyond Yongbyon; in return, inter-Korean economic projects may resume under UN exemptions. Cooperation is phased in as inspections proceed, so it can be halted the day access is denied.', 'CONFIDENTIAL', 'envoy', timestamp with time zone '2026-11-16 09:30:00+00');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (5, 0, 0, 'Access for Kaesong', 'ECONOMIC_COOPERATION', 'Support a UN 1718 Committee exemption to reopen the Kaesong industrial complex.', 'REVERSIBLE_AT_COST', 'INSPECTOR_ACCESS', 'Give IAEA inspectors access to every declared nuclear site within thirty days, short-notice visits included.', 'EASILY_REVERSIBLE', 'IAEA_INSPECTION');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (5, 1, 1, 'A declaration for tourism', 'ECONOMIC_COOPERATION', 'Allow South Korean operators to resume tourism to Mount Kumgang.', 'EASILY_REVERSIBLE', 'DECLARATION', 'Declare every uranium enrichment facility, Kangson included.', 'IRREVERSIBLE', 'IAEA_INSPECTION');
insert into clearance_round (id, proposal_id, version_number, opened_at, due_at, closed_at, outcome, cancelled, version)
    values (5, 4, 1, timestamp with time zone '2026-11-16 09:30:00+00', timestamp with time zone '2026-11-23 09:30:00+00', null, null, false, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (16, 5, 'STATE', 'CONCUR', 'state', 'STATE', timestamp with time zone '2026-11-16 16:00:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (17, 5, 'ENERGY', null, null, null, null, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (18, 5, 'TREASURY', null, null, null, null, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (19, 5, 'IC', 'CONCUR_WITH_COMMENTS', 'ic', 'IC', timestamp with time zone '2026-11-17 11:15:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (9, 19, 0, 'MAJOR', 'Ask for production records with the declaration: a list of sites alone cannot be checked against our estimates of enriched uranium stocks.', null, null, null, null, 0);
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (36, timestamp with time zone '2026-11-10 10:00:00+00', 'drafter', null, 'CREATED', 4, null, 'DRAFT', null, 'DPRK-2026-0004: IAEA inspector access for economic cooperation');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (37, timestamp with time zone '2026-11-12 15:30:00+00', 'envoy', null, 'EDITED', 4, 'DRAFT', 'DRAFT', null, 'Content revised.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (38, timestamp with time zone '2026-11-16 09:30:00+00', 'envoy', null, 'SUBMITTED', 4, 'DRAFT', 'IN_CLEARANCE', 1, 'Submitted for clearance.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (39, timestamp with time zone '2026-11-16 16:00:00+00', 'state', 'STATE', 'POSITION_TAKEN', 4, null, null, 1, 'STATE: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (40, timestamp with time zone '2026-11-17 11:15:00+00', 'ic', 'IC', 'POSITION_TAKEN', 4, null, null, 1, 'IC: CONCUR_WITH_COMMENTS (1 comment)');

-- DPRK-2026-0005 (REJECTED, SECRET): Full sanctions relief for the dismantlement of Yongbyon
-- Cleared with two dissents (Treasury, Energy), then rejected by the principal.
insert into proposal (id, reference, track_id, title, summary, classification, status, version_number, created_at, updated_at, version)
    values (5, 'DPRK-2026-0005', 1, 'Full sanctions relief for the dismantlement of Yongbyon', 'The package discussed at the Hanoi summit: lifting the UN sanctions adopted since 2016 in exchange for dismantling the Yongbyon complex. Put to the principals so that it can be weighed against the phased alternative, DPRK-2026-0001.', 'SECRET', 'REJECTED', 1, timestamp with time zone '2026-09-01 09:00:00+00', timestamp with time zone '2026-09-02 10:00:00+00', 0);
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (8, 5, 0, 'Yongbyon for sanctions');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (8, 0, 'SANCTIONS_RELIEF', 'Lift the UN sanctions adopted since 2016 on exports of coal, iron, seafood and textiles and on petroleum imports.', 'IRREVERSIBLE', 'DISMANTLEMENT', 'Dismantle the Yongbyon nuclear complex, reactor and enrichment hall included.', 'REVERSIBLE_AT_COST', 'NATIONAL_TECHNICAL_MEANS');
insert into proposal_drafter (proposal_id, username)
    values (5, 'drafter');
insert into proposal_version (id, proposal_id, number, title, summary, classification, submitted_by, submitted_at)
    values (6, 5, 1, 'Full sanctions relief for the dismantlement of Yongbyon', 'The package discussed at the Hanoi summit: lifting the UN sanctions adopted since 2016 in exchange for dismantling the Yongbyon complex. Put to the principals so that it can be weighed against the phased alternative, DPRK-2026-0001.', 'SECRET', 'envoy', timestamp with time zone '2026-09-02 10:00:00+00');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (6, 0, 0, 'Yongbyon for sanctions', 'SANCTIONS_RELIEF', 'Lift the UN sanctions adopted since 2016 on exports of coal, iron, seafood and textiles and on petroleum imports.', 'IRREVERSIBLE', 'DISMANTLEMENT', 'Dismantle the Yongbyon nuclear complex, reactor and enrichment hall included.', 'REVERSIBLE_AT_COST', 'NATIONAL_TECHNICAL_MEANS');
insert into clearance_round (id, proposal_id, version_number, opened_at, due_at, closed_at, outcome, cancelled, version)
    values (6, 5, 1, timestamp with time zone '2026-09-02 10:00:00+00', timestamp with time zone '2026-09-09 10:00:00+00', timestamp with time zone '2026-09-04 15:40:00+00', 'CLEARED', false, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (20, 6, 'STATE', 'CONCUR_WITH_COMMENTS', 'state', 'STATE', timestamp with time zone '2026-09-02 16:30:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (10, 20, 0, 'SUBSTANTIVE', 'Seoul and Tokyo must be consulted before relief on this scale is offered.', null, null, null, null, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (21, 6, 'ENERGY', 'NON_CONCUR', 'energy', 'ENERGY', timestamp with time zone '2026-09-04 09:15:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (12, 21, 0, 'CRITICAL', 'Yongbyon was disabled in 2008, then reconstituted and expanded. Dismantlement without inspectors on site is reversible, and Yongbyon is not the whole program.', null, null, null, null, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (22, 6, 'TREASURY', 'NON_CONCUR', 'treasury', 'TREASURY', timestamp with time zone '2026-09-03 11:00:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (11, 22, 0, 'CRITICAL', 'This spends our best leverage at once. Sanctions lifted by the Council cannot be re-imposed past a veto, and enforcement is already eroding through ship-to-ship transfers.', null, null, null, null, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (23, 6, 'IC', 'CONCUR_WITH_COMMENTS', 'ic', 'IC', timestamp with time zone '2026-09-04 15:40:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (13, 23, 0, 'MAJOR', 'National technical means cannot confirm that the inside of the enrichment hall has been dismantled.', null, null, null, null, 0);
insert into decision (id, proposal_id, version_number, outcome, rationale, conditions, decided_by, decided_at)
    values (3, 5, 1, 'REJECTED', 'It trades our best leverage, for good, for steps Pyongyang can reverse. Better to do it right than fast: pursue the phased package DPRK-2026-0001 instead.', null, 'principal', timestamp with time zone '2026-09-08 11:30:00+00');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (41, timestamp with time zone '2026-09-01 09:00:00+00', 'drafter', null, 'CREATED', 5, null, 'DRAFT', null, 'DPRK-2026-0005: Full sanctions relief for the dismantlement of Yongbyon');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (42, timestamp with time zone '2026-09-02 10:00:00+00', 'envoy', null, 'SUBMITTED', 5, 'DRAFT', 'IN_CLEARANCE', 1, 'Submitted for clearance.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (43, timestamp with time zone '2026-09-02 16:30:00+00', 'state', 'STATE', 'POSITION_TAKEN', 5, null, null, 1, 'STATE: CONCUR_WITH_COMMENTS (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (44, timestamp with time zone '2026-09-03 11:00:00+00', 'treasury', 'TREASURY', 'POSITION_TAKEN', 5, null, null, 1, 'TREASURY: NON_CONCUR (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (45, timestamp with time zone '2026-09-04 09:15:00+00', 'energy', 'ENERGY', 'POSITION_TAKEN', 5, null, null, 1, 'ENERGY: NON_CONCUR (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (46, timestamp with time zone '2026-09-04 15:40:00+00', 'ic', 'IC', 'POSITION_TAKEN', 5, null, null, 1, 'IC: CONCUR_WITH_COMMENTS (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (47, timestamp with time zone '2026-09-04 15:40:00+00', 'ic', null, 'ROUND_CLOSED', 5, 'IN_CLEARANCE', 'AWAITING_DECISION', 1, 'Clearance round for version 1 closed: CLEARED; dissents: ENERGY, TREASURY.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (48, timestamp with time zone '2026-09-08 11:30:00+00', 'principal', null, 'DECIDED', 5, 'AWAITING_DECISION', 'REJECTED', 1, 'REJECTED: It trades our best leverage, for good, for steps Pyongyang can reverse. Better to do it right than fast: pursue the phased package DPRK-2026-0001 instead.');

-- DPRK-2026-0006 (WITHDRAWN, TOP_SECRET): Security assurance for a halt to missile production
-- Withdrawn by the envoy while in clearance; its round was cancelled with Defense still to answer.
insert into proposal (id, reference, track_id, title, summary, classification, status, version_number, created_at, updated_at, version)
    values (6, 'DPRK-2026-0006', 1, 'Security assurance for a halt to missile production', 'A written security assurance and a peace declaration for a halt to the production of long-range missiles and their launchers, for the November working-level round.', 'TOP_SECRET', 'WITHDRAWN', 1, timestamp with time zone '2026-10-15 09:00:00+00', timestamp with time zone '2026-10-19 09:00:00+00', 0);
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (9, 6, 0, 'Assurance for a production halt');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (9, 0, 'SECURITY_ASSURANCE', 'Give a written assurance that the United States has no hostile intent and will not attack with nuclear or conventional forces.', 'REVERSIBLE_AT_COST', 'MISSILE_LIMIT', 'Halt production of intercontinental and intermediate-range ballistic missiles and of their mobile launchers.', 'REVERSIBLE_AT_COST', 'NATIONAL_TECHNICAL_MEANS');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (9, 1, 'DIPLOMATIC_STEP', 'Sign a joint declaration ending the state of war, without prejudice to the armistice.', 'IRREVERSIBLE', 'OTHER', 'Provide a list of missile production and assembly facilities.', 'REVERSIBLE_AT_COST', 'SELF_DECLARATION');
insert into proposal_drafter (proposal_id, username)
    values (6, 'drafter');
insert into proposal_version (id, proposal_id, number, title, summary, classification, submitted_by, submitted_at)
    values (7, 6, 1, 'Security assurance for a halt to missile production', 'A written security assurance and a peace declaration for a halt to the production of long-range missiles and their launchers, for the November working-level round.', 'TOP_SECRET', 'envoy', timestamp with time zone '2026-10-19 09:00:00+00');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (7, 0, 0, 'Assurance for a production halt', 'SECURITY_ASSURANCE', 'Give a written assurance that the United States has no hostile intent and will not attack with nuclear or conventional forces.', 'REVERSIBLE_AT_COST', 'MISSILE_LIMIT', 'Halt production of intercontinental and intermediate-range ballistic missiles and of their mobile launchers.', 'REVERSIBLE_AT_COST', 'NATIONAL_TECHNICAL_MEANS');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (7, 1, 0, 'Assurance for a production halt', 'DIPLOMATIC_STEP', 'Sign a joint declaration ending the state of war, without prejudice to the armistice.', 'IRREVERSIBLE', 'OTHER', 'Provide a list of missile production and assembly facilities.', 'REVERSIBLE_AT_COST', 'SELF_DECLARATION');
insert into clearance_round (id, proposal_id, version_number, opened_at, due_at, closed_at, outcome, cancelled, version)
    values (7, 6, 1, timestamp with time zone '2026-10-19 09:00:00+00', timestamp with time zone '2026-10-26 09:00:00+00', timestamp with time zone '2026-10-23 09:15:00+00', null, true, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (24, 7, 'STATE', 'CONCUR', 'state', 'STATE', timestamp with time zone '2026-10-20 10:30:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (25, 7, 'DEFENSE', null, null, null, null, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (26, 7, 'IC', 'CONCUR_WITH_COMMENTS', 'ic', 'IC', timestamp with time zone '2026-10-21 14:00:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (14, 26, 0, 'CRITICAL', 'Production is largely underground; a halt could not be verified with any confidence.', null, null, null, null, 0);
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (49, timestamp with time zone '2026-10-15 09:00:00+00', 'drafter', null, 'CREATED', 6, null, 'DRAFT', null, 'DPRK-2026-0006: Security assurance for a halt to missile production');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (50, timestamp with time zone '2026-10-19 09:00:00+00', 'envoy', null, 'SUBMITTED', 6, 'DRAFT', 'IN_CLEARANCE', 1, 'Submitted for clearance.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (51, timestamp with time zone '2026-10-20 10:30:00+00', 'state', 'STATE', 'POSITION_TAKEN', 6, null, null, 1, 'STATE: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (52, timestamp with time zone '2026-10-21 14:00:00+00', 'ic', 'IC', 'POSITION_TAKEN', 6, null, null, 1, 'IC: CONCUR_WITH_COMMENTS (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (53, timestamp with time zone '2026-10-23 09:15:00+00', 'envoy', null, 'WITHDRAWN', 6, 'IN_CLEARANCE', 'WITHDRAWN', 1, 'Withdrawn: Pyongyang refused to discuss missile production at the working level, and the assurance will not be offered for a step we cannot verify.');

-- DPRK-2026-0007 (DRAFT, CONFIDENTIAL): Humanitarian aid for a declaration of the nuclear program
-- Back from clearance with Energy's change request: two of three comments answered, the ledger revised, the sixty-day deadline still open.
insert into proposal (id, reference, track_id, title, summary, classification, status, version_number, created_at, updated_at, version)
    values (7, 'DPRK-2026-0007', 1, 'Humanitarian aid for a declaration of the nuclear program', 'Food and medical aid on a large scale, delivered under World Food Programme monitoring, for a complete declaration of the nuclear program: the baseline against which every later phase is verified.', 'CONFIDENTIAL', 'DRAFT', 1, timestamp with time zone '2026-11-02 10:00:00+00', timestamp with time zone '2026-11-09 10:05:00+00', 0);
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (10, 7, 0, 'Aid for a declaration');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (10, 0, 'HUMANITARIAN_AID', 'Fund 200,000 tonnes of food aid through the World Food Programme, with monitored distribution.', 'EASILY_REVERSIBLE', 'DECLARATION', 'Declare all nuclear facilities, the Kangson enrichment site and every other site outside Yongbyon included, with fissile material stocks and weapons-related sites.', 'IRREVERSIBLE', 'IAEA_INSPECTION');
insert into proposal_drafter (proposal_id, username)
    values (7, 'drafter');
insert into proposal_drafter (proposal_id, username)
    values (7, 'envoy');
insert into proposal_version (id, proposal_id, number, title, summary, classification, submitted_by, submitted_at)
    values (8, 7, 1, 'Humanitarian aid for a declaration of the nuclear program', 'Food and medical aid on a large scale, delivered under World Food Programme monitoring, for a complete declaration of the nuclear program: the baseline against which every later phase is verified.', 'CONFIDENTIAL', 'envoy', timestamp with time zone '2026-11-04 11:00:00+00');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (8, 0, 0, 'Aid for a declaration', 'HUMANITARIAN_AID', 'Fund 200,000 tonnes of food aid through the World Food Programme, with monitored distribution.', 'EASILY_REVERSIBLE', 'DECLARATION', 'Declare all nuclear facilities, fissile material stocks and weapons-related sites.', 'IRREVERSIBLE', 'IAEA_INSPECTION');
insert into clearance_round (id, proposal_id, version_number, opened_at, due_at, closed_at, outcome, cancelled, version)
    values (8, 7, 1, timestamp with time zone '2026-11-04 11:00:00+00', timestamp with time zone '2026-11-11 11:00:00+00', timestamp with time zone '2026-11-06 10:45:00+00', 'CHANGES_REQUESTED', false, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (27, 8, 'STATE', 'CONCUR_WITH_COMMENTS', 'state', 'STATE', timestamp with time zone '2026-11-05 09:30:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (15, 27, 0, 'ADMINISTRATIVE', 'Use the World Food Programme''s own name for its monitoring arrangement.', false, 'The ledger uses the plain description; the annex cites the arrangement by name.', 'envoy', timestamp with time zone '2026-11-09 09:40:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (28, 8, 'ENERGY', 'CHANGES_REQUESTED', 'energy', 'ENERGY', timestamp with time zone '2026-11-06 10:45:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (16, 28, 0, 'CRITICAL', 'The declaration must name the enrichment sites outside Yongbyon, Kangson first; a Yongbyon-only declaration sets the wrong baseline.', true, null, 'drafter', timestamp with time zone '2026-11-09 09:10:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (17, 28, 1, 'MAJOR', 'Add a deadline: the declaration within sixty days of the first aid delivery.', null, null, null, null, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (29, 8, 'IC', 'CONCUR', 'ic', 'IC', timestamp with time zone '2026-11-05 16:10:00+00', 0);
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (54, timestamp with time zone '2026-11-02 10:00:00+00', 'drafter', null, 'CREATED', 7, null, 'DRAFT', null, 'DPRK-2026-0007: Humanitarian aid for a declaration of the nuclear program');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (55, timestamp with time zone '2026-11-03 09:20:00+00', 'envoy', null, 'EDITED', 7, 'DRAFT', 'DRAFT', null, 'Content revised.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (56, timestamp with time zone '2026-11-04 11:00:00+00', 'envoy', null, 'SUBMITTED', 7, 'DRAFT', 'IN_CLEARANCE', 1, 'Submitted for clearance.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (57, timestamp with time zone '2026-11-05 09:30:00+00', 'state', 'STATE', 'POSITION_TAKEN', 7, null, null, 1, 'STATE: CONCUR_WITH_COMMENTS (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (58, timestamp with time zone '2026-11-05 16:10:00+00', 'ic', 'IC', 'POSITION_TAKEN', 7, null, null, 1, 'IC: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (59, timestamp with time zone '2026-11-06 10:45:00+00', 'energy', 'ENERGY', 'POSITION_TAKEN', 7, null, null, 1, 'ENERGY: CHANGES_REQUESTED (2 comments)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (60, timestamp with time zone '2026-11-06 10:45:00+00', 'energy', null, 'ROUND_CLOSED', 7, 'IN_CLEARANCE', 'DRAFT', 1, 'Clearance round for version 1 closed: CHANGES_REQUESTED.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (61, timestamp with time zone '2026-11-09 09:10:00+00', 'drafter', null, 'COMMENT_RESOLVED', 7, null, null, 1, 'Comment 16 accepted.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (62, timestamp with time zone '2026-11-09 09:40:00+00', 'envoy', null, 'COMMENT_RESOLVED', 7, null, null, 1, 'Comment 15 rejected: The ledger uses the plain description; the annex cites the arrangement by name.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (63, timestamp with time zone '2026-11-09 10:05:00+00', 'drafter', null, 'EDITED', 7, 'DRAFT', 'DRAFT', null, 'Content revised.');

-- DPRK-2026-0008 (DRAFT, UNCLASSIFIED): Family reunions and a humanitarian channel
-- A fresh draft, never submitted; its second step still lacks the counterpart's side, so it cannot be submitted yet.
insert into proposal (id, reference, track_id, title, summary, classification, status, version_number, created_at, updated_at, version)
    values (8, 'DPRK-2026-0008', 1, 'Family reunions and a humanitarian channel', 'An early idea for the humanitarian track: a licensed banking channel for aid organizations and the reunion of separated families. What Pyongyang gives for the travel step is still to be worked out.', 'UNCLASSIFIED', 'DRAFT', 0, timestamp with time zone '2026-11-18 14:00:00+00', timestamp with time zone '2026-11-19 09:45:00+00', 0);
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (11, 8, 0, 'Humanitarian channel');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (11, 0, 'HUMANITARIAN_AID', 'License a banking channel for UN agencies and NGOs working in the North.', 'EASILY_REVERSIBLE', 'OTHER', 'Allow video and in-person reunions of Korean-American families separated since the war.', 'EASILY_REVERSIBLE', 'SELF_DECLARATION');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (11, 1, 'DIPLOMATIC_STEP', 'Lift the travel restriction for humanitarian workers.', 'EASILY_REVERSIBLE', null, null, null, null);
insert into proposal_drafter (proposal_id, username)
    values (8, 'drafter');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (64, timestamp with time zone '2026-11-18 14:00:00+00', 'drafter', null, 'CREATED', 8, null, 'DRAFT', null, 'DPRK-2026-0008: Family reunions and a humanitarian channel');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (65, timestamp with time zone '2026-11-19 09:45:00+00', 'drafter', null, 'EDITED', 8, 'DRAFT', 'DRAFT', null, 'Content revised.');

-- DPRK-2026-0009 (DRAFT, SECRET): Inter-Korean rail links for a halt to missile testing
-- Cleared by all five agencies, then returned to the working level by the deputy; the Intelligence Community's comment still waits for an answer.
insert into proposal (id, reference, track_id, title, summary, classification, status, version_number, created_at, updated_at, version)
    values (9, 'DPRK-2026-0009', 1, 'Inter-Korean rail links for a halt to missile testing', 'Economic cooperation the North values, reconnecting the inter-Korean railways and roads, for a halt to all ballistic missile testing and a pull-back of mobile launchers.', 'SECRET', 'DRAFT', 1, timestamp with time zone '2026-10-19 10:00:00+00', timestamp with time zone '2026-10-21 09:00:00+00', 0);
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (12, 9, 0, 'Railways for a moratorium');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (12, 0, 'ECONOMIC_COOPERATION', 'Exempt the reconnection of the inter-Korean railways from UN sanctions and fund the survey of the Gyeongui line.', 'REVERSIBLE_AT_COST', 'TEST_MORATORIUM', 'Halt all ballistic missile tests, intermediate range included.', 'EASILY_REVERSIBLE', 'NATIONAL_TECHNICAL_MEANS');
insert into proposal_phase (id, proposal_id, phase_order, title)
    values (13, 9, 1, 'Roads for launcher limits');
insert into proposal_step (phase_id, step_order, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (13, 0, 'ECONOMIC_COOPERATION', 'Resume construction of the Donghae road link.', 'REVERSIBLE_AT_COST', 'MISSILE_LIMIT', 'Withdraw mobile missile launchers from forward positions.', 'EASILY_REVERSIBLE', 'NATIONAL_TECHNICAL_MEANS');
insert into proposal_drafter (proposal_id, username)
    values (9, 'drafter');
insert into proposal_drafter (proposal_id, username)
    values (9, 'envoy');
insert into proposal_version (id, proposal_id, number, title, summary, classification, submitted_by, submitted_at)
    values (9, 9, 1, 'Inter-Korean rail links for a halt to missile testing', 'Economic cooperation the North values, reconnecting the inter-Korean railways and roads, for a halt to all ballistic missile testing and a pull-back of mobile launchers.', 'SECRET', 'envoy', timestamp with time zone '2026-10-21 09:00:00+00');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (9, 0, 0, 'Railways for a moratorium', 'ECONOMIC_COOPERATION', 'Exempt the reconnection of the inter-Korean railways from UN sanctions and fund the survey of the Gyeongui line.', 'REVERSIBLE_AT_COST', 'TEST_MORATORIUM', 'Halt all ballistic missile tests, intermediate range included.', 'EASILY_REVERSIBLE', 'NATIONAL_TECHNICAL_MEANS');
insert into version_step (version_id, step_order, phase_index, phase_title, ours_category, ours_description, ours_reversibility, theirs_category, theirs_description, theirs_reversibility, theirs_verification)
    values (9, 1, 1, 'Roads for launcher limits', 'ECONOMIC_COOPERATION', 'Resume construction of the Donghae road link.', 'REVERSIBLE_AT_COST', 'MISSILE_LIMIT', 'Withdraw mobile missile launchers from forward positions.', 'EASILY_REVERSIBLE', 'NATIONAL_TECHNICAL_MEANS');
insert into clearance_round (id, proposal_id, version_number, opened_at, due_at, closed_at, outcome, cancelled, version)
    values (9, 9, 1, timestamp with time zone '2026-10-21 09:00:00+00', timestamp with time zone '2026-10-28 09:00:00+00', timestamp with time zone '2026-10-26 16:30:00+00', 'CLEARED', false, 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (30, 9, 'STATE', 'CONCUR', 'state', 'STATE', timestamp with time zone '2026-10-21 15:20:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (31, 9, 'DEFENSE', 'CONCUR', 'defense', 'DEFENSE', timestamp with time zone '2026-10-26 16:30:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (32, 9, 'ENERGY', 'CONCUR', 'energy', 'ENERGY', timestamp with time zone '2026-10-22 14:40:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (33, 9, 'TREASURY', 'CONCUR', 'treasury', 'TREASURY', timestamp with time zone '2026-10-22 10:00:00+00', 0);
insert into agency_review (id, round_id, agency_code, position, answered_by, acting_for, answered_at, version)
    values (34, 9, 'IC', 'CONCUR_WITH_COMMENTS', 'ic', 'IC', timestamp with time zone '2026-10-23 09:50:00+00', 0);
insert into review_comment (id, review_id, comment_order, comment_type, comment_text, accepted, resolution_reason, resolved_by, resolved_at, version)
    values (18, 34, 0, 'SUBSTANTIVE', 'The withdrawal of launchers can be observed, but not confirmed as complete.', null, null, null, null, 0);
insert into decision (id, proposal_id, version_number, outcome, rationale, conditions, decided_by, decided_at)
    values (4, 9, 1, 'RETURNED', 'Construction would start before a single verified month of the moratorium. Sequence the road link after six months of verified halt and resubmit.', null, 'deputy', timestamp with time zone '2026-10-28 10:30:00+00');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (66, timestamp with time zone '2026-10-19 10:00:00+00', 'drafter', null, 'CREATED', 9, null, 'DRAFT', null, 'DPRK-2026-0009: Inter-Korean rail links for a halt to missile testing');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (67, timestamp with time zone '2026-10-20 11:30:00+00', 'envoy', null, 'EDITED', 9, 'DRAFT', 'DRAFT', null, 'Content revised.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (68, timestamp with time zone '2026-10-21 09:00:00+00', 'envoy', null, 'SUBMITTED', 9, 'DRAFT', 'IN_CLEARANCE', 1, 'Submitted for clearance.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (69, timestamp with time zone '2026-10-21 15:20:00+00', 'state', 'STATE', 'POSITION_TAKEN', 9, null, null, 1, 'STATE: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (70, timestamp with time zone '2026-10-22 10:00:00+00', 'treasury', 'TREASURY', 'POSITION_TAKEN', 9, null, null, 1, 'TREASURY: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (71, timestamp with time zone '2026-10-22 14:40:00+00', 'energy', 'ENERGY', 'POSITION_TAKEN', 9, null, null, 1, 'ENERGY: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (72, timestamp with time zone '2026-10-23 09:50:00+00', 'ic', 'IC', 'POSITION_TAKEN', 9, null, null, 1, 'IC: CONCUR_WITH_COMMENTS (1 comment)');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (73, timestamp with time zone '2026-10-26 16:30:00+00', 'defense', 'DEFENSE', 'POSITION_TAKEN', 9, null, null, 1, 'DEFENSE: CONCUR');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (74, timestamp with time zone '2026-10-26 16:30:00+00', 'defense', null, 'ROUND_CLOSED', 9, 'IN_CLEARANCE', 'AWAITING_DECISION', 1, 'Clearance round for version 1 closed: CLEARED.');
insert into audit_event (id, occurred_at, actor, acting_for, action, proposal_id, from_status, to_status, version_number, detail)
    values (75, timestamp with time zone '2026-10-28 10:30:00+00', 'deputy', null, 'DECIDED', 9, 'AWAITING_DECISION', 'DRAFT', 1, 'RETURNED: Construction would start before a single verified month of the moratorium. Sequence the road link after six months of verified halt and resubmit.');
