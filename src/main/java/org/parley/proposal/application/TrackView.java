package org.parley.proposal.application;

import java.io.Serializable;
import org.parley.proposal.domain.NegotiationTrack;
import org.parley.proposal.domain.TrackLevel;

/** A negotiation track as lists show it. */
public record TrackView(
    long id, String name, String counterpart, TrackLevel level, String envoy, int clearanceDays)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  static TrackView of(NegotiationTrack track) {
    return new TrackView(
        track.getId(),
        track.getName(),
        track.getCounterpart(),
        track.getLevel(),
        track.getEnvoy(),
        track.getClearanceDays());
  }
}
