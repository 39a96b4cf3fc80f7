-- Demo negotiation tracks. The DPRK working-level track is worked by the demo envoy and drafter;
-- the summit track has no staff, so the drafter is no member of it.
insert into negotiation_track (id, name, counterpart, level, reference_prefix, envoy_username, clearance_days, version)
    values (1, 'DPRK denuclearization — working level', 'DPRK', 'WORKING', 'DPRK', 'envoy', 5, 0);
insert into track_staff (track_id, username) values (1, 'drafter');

insert into negotiation_track (id, name, counterpart, level, reference_prefix, envoy_username, clearance_days, version)
    values (2, 'DPRK denuclearization — summit', 'DPRK', 'SUMMIT', 'DPRKS', 'envoy', 10, 0);
