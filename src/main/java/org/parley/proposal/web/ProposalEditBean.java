package org.parley.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.parley.access.application.CurrentUser;
import org.parley.ledger.application.InstrumentService;
import org.parley.ledger.application.ReciprocityService;
import org.parley.ledger.domain.Finding;
import org.parley.platform.faces.Confirmation;
import org.parley.platform.faces.PageCommands;
import org.parley.platform.faces.PageCommands.PageCommand;
import org.parley.platform.faces.ViewParameters;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.proposal.application.DraftingService;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.application.TrackView;
import org.parley.shared.Classification;
import org.parley.shared.WorkflowAction;

/**
 * The proposal editor ({@code proposals/edit.xhtml?id=}, or {@code ?trackId=} for a new proposal).
 * Saves with the version read when the page was opened, so a concurrent save is refused and the
 * user's input stays on the page. A save sent twice from one view (a double click, a retry after
 * failover) is applied once: the view's idempotency key (docs/adr/0012). The reciprocity findings
 * of the ledger as the form reads are shown live, without saving (issue 6).
 */
@Named
@ViewScoped
public class ProposalEditBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProposalQueries proposals;
  @Inject private DraftingService drafting;
  @Inject private CurrentUser currentUser;
  @Inject private PageCommands commands;
  @Inject private InstrumentService instruments;
  @Inject private ReciprocityService reciprocity;

  /** Names this view's save, so that it is applied once however often it is sent. */
  private final IdempotencyKey idempotencyKey = IdempotencyKey.generate();

  /** The address's id as given, absent for a new proposal; malformed answers "not found". */
  private String id;

  private Long trackId;

  /** The proposal being revised, null while creating; its version as read when the page opened. */
  private Long proposalId;

  private long expectedVersion;

  /** What the page shows of the proposal; not replicated with the session, reloaded if missing. */
  private transient ProposalView proposal;

  private List<TrackView> tracks = List.of();
  private EditorChoices choices;
  private ProposalForm form;
  private final LiveFindings liveFindings = new LiveFindings();

  /** The view action: the proposal to edit, or a blank one on a track the caller drafts on. */
  public void load() {
    if (id != null && !id.isBlank()) {
      proposal = proposals.open(ViewParameters.id(id), "proposal editor");
      proposalId = proposal.id();
      expectedVersion = proposal.version();
      form = ProposalForm.of(proposal);
    } else {
      tracks = proposals.tracksCallerDraftsOn();
      boolean offered = tracks.stream().anyMatch(t -> Objects.equals(t.id(), trackId));
      form =
          ProposalForm.blank(
              offered ? trackId : tracks.stream().findFirst().map(TrackView::id).orElse(null));
    }
    choices =
        new EditorChoices(
            currentUser.getClearance(),
            InstrumentChoice.offered(instruments.all(), form.instrumentIds()));
  }

  /** The proposal saved: what a save sent again is answered with. */
  public record Saved(long id, String reference) {}

  /** Creates the proposal or revises it, then shows it. */
  public String save() {
    PageCommand save =
        proposalId == null
            ? commands.of(idempotencyKey, "create proposal", form.getTrackId())
            : commands.of(idempotencyKey, "revise proposal", proposalId, expectedVersion);
    return save.run(
            Saved.class,
            this::apply,
            saved ->
                Confirmation.of(
                    proposalId == null ? "proposal.created" : "proposal.saved", saved.reference()))
        .map(saved -> PageCommands.redirect("/proposals/view?id=" + saved.id()))
        .orElse(null);
  }

  private Saved apply() {
    ProposalView saved =
        proposalId == null
            ? drafting.create(form.getTrackId(), form.toContent())
            : drafting.revise(proposalId, expectedVersion, form.toContent());
    return new Saved(saved.id(), saved.reference());
  }

  /** Whether the form can be saved: a new proposal on a track of the caller, or a revisable one. */
  public boolean isEditable() {
    return proposalId == null ? !tracks.isEmpty() : getProposal().allows(WorkflowAction.REVISE);
  }

  public boolean isCreating() {
    return proposalId == null;
  }

  /** The banner's level: the higher of the stored classification and the one being set. */
  public Classification getBannerLevel() {
    Classification marked =
        form.getClassification() == null ? Classification.UNCLASSIFIED : form.getClassification();
    return proposalId == null
        ? marked
        : Classification.highest(getProposal().classification(), marked);
  }

  public ProposalForm getForm() {
    return form;
  }

  /** The reciprocity findings of the ledger as the form now reads: nothing is saved for them. */
  public List<Finding> getFindings() {
    return liveFindings.of(form.ledgerDraft(), reciprocity::check);
  }

  /** The findings about one step, by the page's indexes (0 is the first): its markers. */
  public List<Finding> findingsAt(int phaseIndex, int stepIndex) {
    return LiveFindings.atStep(getFindings(), phaseIndex, stepIndex);
  }

  /** The proposal being revised (reloaded after the session moved to another node), or null. */
  public ProposalView getProposal() {
    if (proposal == null && proposalId != null) {
      proposal = proposals.get(proposalId);
    }
    return proposal;
  }

  public List<TrackView> getTracks() {
    return tracks;
  }

  public EditorChoices getChoices() {
    return choices;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Long getTrackId() {
    return trackId;
  }

  public void setTrackId(Long trackId) {
    this.trackId = trackId;
  }
}
