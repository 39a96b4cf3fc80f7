package org.parley.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parley.proposal.application.ProposalService;
import org.parley.proposal.application.TrackView;
import org.parley.proposal.domain.ProposalStatus;
import org.parley.shared.Classification;

/**
 * The proposal list ({@code proposals/list.xhtml}), paged, sorted and filtered in the database by
 * its {@link ProposalListModel}. Accepts {@code ?trackId=} to start filtered by a track. The
 * classification banner shows the highest classification the filtered list holds, whichever page of
 * it is shown.
 */
@Named
@ViewScoped
public class ProposalListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalService proposals;

  private ProposalListModel model;
  private List<TrackView> tracks;
  private boolean mayDraft;
  private Classification bannerLevel = Classification.UNCLASSIFIED;

  /** The view action, once the view parameters are in the model. */
  public void load() {
    tracks = proposals.tracks();
    mayDraft = !proposals.tracksCallerDraftsOn().isEmpty();
    filtersChanged();
  }

  /** After a filter changed: the banner follows what the list now holds. */
  public void filtersChanged() {
    bannerLevel = proposals.highestClassification(getModel().filters());
  }

  /** The name of track {@code id}, for the track column. */
  public String trackName(long id) {
    return tracks.stream().filter(t -> t.id() == id).map(TrackView::name).findFirst().orElse("");
  }

  /** The rows and the filters (bound by the view parameter and the filter inputs). */
  public ProposalListModel getModel() {
    if (model == null) {
      model = new ProposalListModel(proposals);
    }
    return model;
  }

  public List<TrackView> getTracks() {
    return tracks;
  }

  public ProposalStatus[] getStatuses() {
    return ProposalStatus.values();
  }

  /** Whether the caller drafts on some track, so "New proposal" leads somewhere. */
  public boolean isMayDraft() {
    return mayDraft;
  }

  public Classification getBannerLevel() {
    return bannerLevel;
  }
}
