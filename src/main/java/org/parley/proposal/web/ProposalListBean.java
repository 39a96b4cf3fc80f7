package org.parley.proposal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.parley.proposal.application.ProposalSearch;
import org.parley.proposal.application.ProposalService;
import org.parley.proposal.application.ProposalSummary;
import org.parley.proposal.application.TrackView;
import org.parley.proposal.domain.ProposalQuery.Sort;
import org.parley.proposal.domain.ProposalStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The proposal list ({@code proposals/list.xhtml}): paged, sorted and filtered in the database by
 * {@link ProposalService#search}. Accepts {@code ?trackId=} to start filtered by a track.
 */
@Named
@ViewScoped
public class ProposalListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalService proposals;

  private List<TrackView> tracks;
  private boolean mayDraft;
  private ProposalStatus status;
  private Long trackId;
  private String text;
  private final LazyDataModel<ProposalSummary> model = new ProposalPageModel();

  @PostConstruct
  void load() {
    tracks = proposals.tracks();
    mayDraft = !proposals.tracksCallerDraftsOn().isEmpty();
  }

  /** The name of track {@code id}, for the track column. */
  public String trackName(long id) {
    return tracks.stream().filter(t -> t.id() == id).map(TrackView::name).findFirst().orElse("");
  }

  public LazyDataModel<ProposalSummary> getModel() {
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

  public ProposalStatus getStatus() {
    return status;
  }

  public void setStatus(ProposalStatus status) {
    this.status = status;
  }

  public Long getTrackId() {
    return trackId;
  }

  public void setTrackId(Long trackId) {
    this.trackId = trackId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  private ProposalSearch search(Map<String, SortMeta> sortBy) {
    SortMeta order = sortBy.values().stream().findFirst().orElse(null);
    if (order == null || order.getOrder() == SortOrder.UNSORTED) {
      return new ProposalSearch(status, trackId, text, null, Sort.UPDATED_AT, true);
    }
    return new ProposalSearch(
        status,
        trackId,
        text,
        null,
        Sort.valueOf(order.getField()),
        order.getOrder() == SortOrder.DESCENDING);
  }

  private class ProposalPageModel extends LazyDataModel<ProposalSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(proposals.count(search(Map.of())));
    }

    @Override
    public List<ProposalSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return proposals.search(search(sortBy), first, pageSize).items();
    }

    @Override
    public String getRowKey(ProposalSummary proposal) {
      return String.valueOf(proposal.id());
    }
  }
}
