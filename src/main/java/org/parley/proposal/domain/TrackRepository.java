package org.parley.proposal.domain;

import java.util.List;
import java.util.Optional;

/** The negotiation tracks. */
public interface TrackRepository {

  Optional<NegotiationTrack> find(long id);

  List<NegotiationTrack> findAll();
}
