package org.parley.proposal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.TrackView;

/** The negotiation tracks ({@code tracks/list.xhtml}). */
@Named
@ViewScoped
public class TrackListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;

  private List<TrackView> tracks;

  @PostConstruct
  void load() {
    tracks = proposals.tracks();
  }

  public List<TrackView> getTracks() {
    return tracks;
  }
}
