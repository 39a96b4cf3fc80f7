package org.parley.access.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;

/**
 * Every kind of caller and every kind of proposal the policy distinguishes, generated: each role,
 * at each clearance, inside and outside the track or the routed agencies, drafter or not; and
 * proposals in every status and classification, routed or not, before and after the deciders saw
 * them.
 */
final class PolicyWorld {

  static final String ENVOY = "envoy";
  static final String STAFF = "drafter";
  static final String OUTSIDER = "outsider";

  private PolicyWorld() {}

  /** One subject per role × clearance × standing (member of the track or not, drafter or not). */
  static List<Subject> subjects() {
    List<Subject> subjects = new ArrayList<>();
    for (Role role : Role.values()) {
      for (Classification clearance : Classification.values()) {
        for (String username : List.of(ENVOY, STAFF, OUTSIDER)) {
          for (Agency agency : new Agency[] {Agency.STATE, Agency.TREASURY, null}) {
            subjects.add(new Subject(username, Set.of(role), agency, clearance));
          }
        }
      }
    }
    return subjects;
  }

  /** Proposals of the track of {@link #ENVOY} and {@link #STAFF}, in every shape that matters. */
  static List<ProposalFacts> proposals() {
    List<ProposalFacts> proposals = new ArrayList<>();
    for (ProposalStatus status : ProposalStatus.values()) {
      for (Classification marking : Classification.values()) {
        for (boolean routedToState : new boolean[] {true, false}) {
          for (boolean reached : new boolean[] {true, false}) {
            for (Set<String> drafters : List.of(Set.of(STAFF), Set.of(OUTSIDER))) {
              proposals.add(
                  new ProposalFacts(
                      marking,
                      status,
                      ENVOY,
                      Set.of(STAFF),
                      routedToState ? Set.of(Agency.STATE, Agency.IC) : Set.of(Agency.IC),
                      reached,
                      drafters));
            }
          }
        }
      }
    }
    return proposals;
  }
}
