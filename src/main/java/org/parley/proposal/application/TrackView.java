package org.parley.proposal.application;

import java.io.Serializable;
import java.util.Set;
import org.parley.proposal.domain.NegotiationTrack;
import org.parley.proposal.domain.TrackLevel;

/**
 * A negotiation track as lists show it.
 *
 * @param staff the usernames of the envoy's staff on the track
 */
public record TrackView(
    long id,
    String name,
    String counterpart,
    TrackLevel level,
    String envoy,
    Set<String> staff,
    int clearanceDays)
    implements Serializable {

  public TrackView {
    staff = Set.copyOf(staff);
  }

  private static final long serialVersionUID = 1L;

  static TrackView of(NegotiationTrack track) {
    return new TrackView(
        track.getId(),
        track.getName(),
        track.getCounterpart(),
        track.getLevel(),
        track.getEnvoy(),
        track.getStaff(),
        track.getClearanceDays());
  }
}
