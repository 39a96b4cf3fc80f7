package org.parley.proposal.web;

import java.io.Serializable;
import java.util.List;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.application.TrackView;
import org.parley.shared.Classification;
import org.parley.shared.WorkflowAction;

/**
 * What the proposal editor edits, as read when the page was opened: a proposal (its version then,
 * so that a concurrent save is refused) or a new one on a track of the caller.
 *
 * @param proposalId the proposal being revised, {@code null} while creating
 * @param stored the proposal's classification as stored, {@code null} while creating
 * @param revisable whether the caller could revise the proposal when the page was opened
 * @param tracks the tracks the caller drafts on, offered for a new proposal
 */
public record EditorTarget(
    Long proposalId,
    long expectedVersion,
    String reference,
    Classification stored,
    boolean revisable,
    List<TrackView> tracks)
    implements Serializable {

  public EditorTarget {
    tracks = List.copyOf(tracks);
  }

  static EditorTarget revising(ProposalView proposal) {
    return new EditorTarget(
        proposal.id(),
        proposal.version(),
        proposal.reference(),
        proposal.classification(),
        proposal.allows(WorkflowAction.REVISE),
        List.of());
  }

  static EditorTarget creating(List<TrackView> tracks) {
    return new EditorTarget(null, 0, null, null, false, tracks);
  }

  /**
   * The track a new proposal starts on: the one {@code asked} for when the caller drafts on it,
   * else the first they do; {@code null} when they draft on none.
   */
  public Long startingTrack(Long asked) {
    return tracks.stream()
        .map(TrackView::id)
        .filter(id -> id.equals(asked))
        .findFirst()
        .orElse(tracks.isEmpty() ? null : tracks.get(0).id());
  }

  public boolean creating() {
    return proposalId == null;
  }

  /** Whether the form can be saved: a new proposal on a track of the caller, or a revisable one. */
  public boolean editable() {
    return creating() ? !tracks.isEmpty() : revisable;
  }

  /** The banner's level: the higher of the stored classification and the one being set. */
  public Classification bannerLevel(Classification marked) {
    Classification marking = marked == null ? Classification.UNCLASSIFIED : marked;
    return creating() ? marking : Classification.highest(stored, marking);
  }
}
