package org.parley.proposal.api;

import org.parley.proposal.application.TrackView;
import org.parley.proposal.domain.TrackLevel;

/** A negotiation track in {@code GET /api/tracks}. */
public record TrackJson(long id, String name, String counterpart, TrackLevel level) {

  static TrackJson of(TrackView track) {
    return new TrackJson(track.id(), track.name(), track.counterpart(), track.level());
  }
}
