package org.parley.access.domain;

import java.util.Set;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;

/**
 * What the policy needs to know about a proposal (or, for drafting a new one, about its track).
 *
 * @param status {@code null} for a proposal not drafted yet
 * @param routedAgencies every agency that holds or held a clearance slot on it
 * @param reachedDeciders whether it ever went to deputies and principals for a decision
 * @param drafters everyone who created or revised it
 */
public record ProposalFacts(
    Classification classification,
    ProposalStatus status,
    String trackEnvoy,
    Set<String> trackStaff,
    Set<Agency> routedAgencies,
    boolean reachedDeciders,
    Set<String> drafters) {

  public ProposalFacts {
    trackStaff = Set.copyOf(trackStaff);
    routedAgencies = Set.copyOf(routedAgencies);
    drafters = Set.copyOf(drafters);
  }

  /** The facts about a track a new proposal would be drafted on. */
  public static ProposalFacts newOnTrack(String trackEnvoy, Set<String> trackStaff) {
    return new ProposalFacts(
        Classification.UNCLASSIFIED, null, trackEnvoy, trackStaff, Set.of(), false, Set.of());
  }

  boolean isTrackMember(String username) {
    return trackEnvoy.equals(username) || trackStaff.contains(username);
  }
}
