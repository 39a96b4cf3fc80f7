-- The demo leverage register: what the DPRK working-level team holds and may spend on our side of a
-- reciprocal step. Applied only with -Dparley.demo=true, after the schema (V0018 creates the table).
--
-- Tier 1 is our best leverage: the UN sanctions on the North's main exports and on its fuel, and the
-- U.S. secondary sanctions that keep foreign banks away. Reversibility says how easily we could take
-- the instrument back once given up: UN measures lifted by the Security Council come back only through
-- a new resolution, past a veto. Instrument 13 is retired: DPRK-2026-0004 named it before the envoy
-- took it off the table on 2026-11-20, and keeps it.
--
-- Ids 1..14 are fixed, so that the demo proposals (V0006) and the tests can name them; they stay below
-- 951, as instrument_seq starts at 1000 and Hibernate's pooled optimizer hands out 951..1000 first.
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (1, 'UN sanctions on coal, iron and iron ore exports', 'UN_SANCTIONS', 1, 'IRREVERSIBLE', 'STATE', 'Coal and iron ore were the North''s largest sources of foreign currency before 2017. Once the Security Council lifts the ban, bringing it back needs a new resolution that Russia or China can veto.', null, 'UN Security Council resolution 2371 (2017)', false, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (2, 'UN cap on refined petroleum imports', 'UN_SANCTIONS', 1, 'IRREVERSIBLE', 'STATE', 'Caps the North''s imports of refined petroleum products at 500,000 barrels a year and crude oil at four million barrels. Only relief that is suspended in tranches, with an automatic snapback, can be taken back without a new vote.', null, 'UN Security Council resolution 2397 (2017)', false, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (3, 'UN ban on textile and seafood exports', 'UN_SANCTIONS', 2, 'IRREVERSIBLE', 'STATE', 'Smaller earners than coal, but the textile ban hits the joint ventures with Chinese firms.', null, 'UN Security Council resolutions 2371 and 2375 (2017)', false, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (4, 'UN ban on North Korean workers abroad', 'UN_SANCTIONS', 2, 'IRREVERSIBLE', 'STATE', 'Required every member state to send North Korean workers home by December 2019. Tens of thousands remain in Russia and China; enforcement is already uneven, so relief would mostly confirm what happens anyway.', null, 'UN Security Council resolution 2397 (2017), paragraph 8', false, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (5, 'U.S. secondary sanctions on foreign banks', 'UNILATERAL_SANCTIONS', 1, 'REVERSIBLE_AT_COST', 'TREASURY', 'Any foreign bank that knowingly handles significant trade with the North can lose its access to the U.S. financial system. Reimposed by executive action, but banks that came back are slow to leave again.', null, 'Executive Order 13810 (2017); North Korea Sanctions and Policy Enhancement Act of 2016', false, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (6, 'Spring combined exercise with the Republic of Korea (Freedom Shield)', 'COMBINED_EXERCISE', 2, 'REVERSIBLE_AT_COST', 'DEFENSE', 'Field training lost in one spring season cannot be made up until the next. A computer-simulated command-post exercise keeps staff readiness; unit training continues either way.', 'About USD 14 million for the U.S. share of one exercise', 'U.S.–ROK Mutual Defense Treaty (1953)', false, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (7, 'Strategic bomber flights over the peninsula', 'COMBINED_EXERCISE', 3, 'EASILY_REVERSIBLE', 'DEFENSE', 'Flights from Guam can resume within days of a decision.', null, null, false, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (8, 'Fast-tracked humanitarian exemptions of the UN 1718 Committee', 'HUMANITARIAN_AID', 3, 'EASILY_REVERSIBLE', 'STATE', 'Exemptions for food, medical and agricultural shipments, decided by the Committee case by case; they are humanitarian aid, not sanctions relief.', null, 'UN Security Council resolution 2397 (2017), paragraph 25', false, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (9, 'Food aid through the World Food Programme', 'HUMANITARIAN_AID', 3, 'EASILY_REVERSIBLE', 'STATE', 'Delivered only under the World Food Programme''s monitoring of distribution; deliveries stop if monitors lose access.', 'About USD 80 million for 200,000 tonnes', 'Food for Peace Act', false, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (10, 'Liaison offices in Pyongyang and Washington', 'DIPLOMATIC_STEP', 2, 'REVERSIBLE_AT_COST', 'STATE', 'A standing channel short of diplomatic relations. An office can be closed, but closing it costs the channel the rest of the package needs.', 'About USD 5 million a year for the office in Pyongyang', null, false, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (11, 'Declaration ending the Korean War', 'SECURITY_ASSURANCE', 2, 'IRREVERSIBLE', 'NSC', 'A political declaration that cannot be taken back. Pyongyang may cite it against the presence of U.S. forces and the UN Command; it must leave the armistice in force until a peace treaty replaces it.', null, 'Without prejudice to the Korean Armistice Agreement (1953)', false, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (12, 'Written assurance of no hostile intent', 'SECURITY_ASSURANCE', 2, 'REVERSIBLE_AT_COST', 'NSC', 'A written statement that the United States has no hostile intent and will not attack; a later administration can withdraw it, at a cost in credibility.', null, 'Joint Statement of the Singapore summit (2018)', false, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (13, 'UN exemption to reopen the Kaesong industrial complex', 'ECONOMIC_COOPERATION', 2, 'REVERSIBLE_AT_COST', 'STATE', 'Retired on 2026-11-20: the complex has been stripped since 2016 and Seoul no longer offers to reopen it. DPRK-2026-0004 named it before and keeps it.', null, 'UN Security Council resolution 2375 (2017), paragraph 18 (joint ventures)', true, 0);
insert into instrument (id, name, kind, tier, reversibility, owning_agency, notes, estimated_cost, legal_basis, retired, version)
    values (14, 'UN exemption for inter-Korean rail and road links', 'ECONOMIC_COOPERATION', 2, 'REVERSIBLE_AT_COST', 'STATE', 'The 1718 Committee exempted the joint railway survey of 2018. Construction once started is hard to stop without a cost to Seoul.', null, 'UN 1718 Committee exemption (2018 precedent)', false, 0);
