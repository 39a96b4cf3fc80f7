package org.parley.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parley.access.application.CurrentUser;
import org.parley.ledger.application.InstrumentService;
import org.parley.platform.faces.Confirmation;
import org.parley.platform.faces.PageCommands;
import org.parley.platform.faces.ViewParameters;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.proposal.application.DraftingService;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalView;

/**
 * The proposal editor ({@code proposals/edit.xhtml?id=}, or {@code ?trackId=} for a new proposal).
 * Saves with the version read when the page was opened ({@link EditorTarget}), so a concurrent save
 * is refused and the user's input stays on the page. A save sent twice from one view (a double
 * click, a retry after failover) is applied once: the view's idempotency key (docs/adr/0012). The
 * live reciprocity findings of the form come from {@link EditorFindingsBean}.
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

  /** Names this view's save, so that it is applied once however often it is sent. */
  private final IdempotencyKey idempotencyKey = IdempotencyKey.generate();

  /** The address's id as given, absent for a new proposal; malformed answers "not found". */
  private String id;

  private Long trackId;
  private EditorTarget target;
  private EditorChoices choices;
  private ProposalForm form;

  /** The view action: the proposal to edit, or a blank one on a track the caller drafts on. */
  public void load() {
    if (id != null && !id.isBlank()) {
      ProposalView proposal = proposals.open(ViewParameters.id(id), "proposal editor");
      target = EditorTarget.revising(proposal);
      form = ProposalForm.of(proposal);
    } else {
      target = EditorTarget.creating(proposals.tracksCallerDraftsOn());
      form = ProposalForm.blank(target.startingTrack(trackId));
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
    Long revised = target.proposalId();
    long expectedVersion = target.expectedVersion();
    return (revised == null
            ? commands.of(idempotencyKey, "create proposal", form.getTrackId())
            : commands.of(idempotencyKey, "revise proposal", revised, expectedVersion))
        .run(
            Saved.class,
            () -> {
              ProposalView saved =
                  revised == null
                      ? drafting.create(form.getTrackId(), form.toContent())
                      : drafting.revise(revised, expectedVersion, form.toContent());
              return new Saved(saved.id(), saved.reference());
            },
            saved ->
                Confirmation.of(
                    revised == null ? "proposal.created" : "proposal.saved", saved.reference()))
        .map(saved -> PageCommands.redirect("/proposals/view?id=" + saved.id()))
        .orElse(null);
  }

  public EditorTarget getTarget() {
    return target;
  }

  public ProposalForm getForm() {
    return form;
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
