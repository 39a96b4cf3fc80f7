package org.parley.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.parley.platform.CsvWriter;
import org.parley.platform.faces.PageMessages;
import org.parley.proposal.application.ProposalExport;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.TrackView;
import org.parley.shared.Classification;
import org.parley.shared.InvalidInputException;
import org.parley.shared.ProposalStatus;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

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

  @Inject private ProposalQueries proposals;
  @Inject private ProposalExport export;

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

  /**
   * The list as a CSV file, with the filters as they are in the form (the download button submits
   * them): what {@code GET /api/proposals/export.csv} gives. Null, with the refusal shown, when the
   * list is too long to export.
   */
  public StreamedContent exportCsv() {
    try {
      byte[] csv = export.csv(getModel().filters());
      return DefaultStreamedContent.builder()
          .name(ProposalExport.FILE_NAME)
          .contentType(CsvWriter.MEDIA_TYPE)
          .contentLength((long) csv.length)
          .stream(() -> new ByteArrayInputStream(csv))
          .build();
    } catch (InvalidInputException tooMany) {
      PageMessages.refused(tooMany);
      return null;
    }
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
