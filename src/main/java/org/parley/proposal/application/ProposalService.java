package org.parley.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.audit.application.AuditEntry;
import org.parley.audit.application.AuditTrail;
import org.parley.audit.domain.AuditAction;
import org.parley.identity.application.Caller;
import org.parley.identity.application.CurrentUser;
import org.parley.identity.application.RequiresRole;
import org.parley.identity.domain.Role;
import org.parley.platform.Page;
import org.parley.proposal.domain.Actor;
import org.parley.proposal.domain.NegotiationTrack;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.Proposal;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ProposalPermissions;
import org.parley.proposal.domain.ProposalQuery;
import org.parley.proposal.domain.ProposalRepository;
import org.parley.proposal.domain.ProposalStatus;
import org.parley.proposal.domain.ProposalVersion;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.StatusChange;
import org.parley.proposal.domain.TheirAction;
import org.parley.proposal.domain.TrackRepository;
import org.parley.proposal.domain.WorkflowAction;
import org.parley.shared.AccessDeniedException;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.InvalidInputException;
import org.parley.shared.NotFoundException;
import org.parley.shared.PlainText;
import org.parley.shared.StaleVersionException;

/**
 * Drafting and the proposal's side of the workflow: create, revise, submit, withdraw, read. Each
 * public method is one transaction and checks, whoever calls it (page or REST), that the caller may
 * see the proposal (else "not found") and may take the action (else "access denied"). Every
 * workflow command locks the proposal row first (docs/adr/0006), and appends its audit event in the
 * same transaction.
 */
@ApplicationScoped
@Transactional
public class ProposalService {

  /** The longest withdrawal reason kept; it goes into the audit trail's detail. */
  public static final int MAX_WITHDRAW_REASON = 2000;

  /** The most items of one kind an inbox lists. */
  private static final int MAX_INBOX = 200;

  @Inject private ProposalRepository proposals;
  @Inject private TrackRepository tracks;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private Event<ProposalSubmitted> submitted;
  @Inject private Event<ProposalWithdrawn> withdrawn;

  /** Every negotiation track. Any signed-in user. */
  public List<TrackView> tracks() {
    return tracks.findAll().stream().map(TrackView::of).toList();
  }

  /** One negotiation track; "not found" when there is none with this id. Any signed-in user. */
  public TrackView track(long trackId) {
    return tracks
        .find(trackId)
        .map(TrackView::of)
        .orElseThrow(() -> new NotFoundException("There is no such track."));
  }

  /**
   * The tracks the caller may draft on (staff and envoy of the track): where the pages offer "New
   * proposal". Empty for everyone else.
   */
  public List<TrackView> tracksCallerDraftsOn() {
    Actor actor = actor();
    return tracks.findAll().stream()
        .filter(track -> ProposalPermissions.mayDraftOn(actor, track))
        .map(TrackView::of)
        .toList();
  }

  /** Drafts a new proposal on a track. Staff and envoy of that track. */
  @RequiresRole({Role.ENVOY_STAFF, Role.ENVOY})
  public ProposalView create(long trackId, ProposalContent content) {
    Actor actor = actor();
    NegotiationTrack track =
        tracks
            .find(trackId)
            .orElseThrow(() -> new InvalidInputException("trackId", "There is no such track."));
    if (!ProposalPermissions.mayDraftOn(actor, track)) {
      throw new AccessDeniedException("Only the staff and envoy of this track draft on it.");
    }
    requireValid(actor, content);
    Instant now = clock.instant();
    Proposal proposal =
        Proposal.draft(reference(track, now), trackId, content, actor.username(), now);
    proposals.add(proposal);
    audit.record(
        actor.username(),
        null,
        AuditAction.CREATED,
        proposal.getId(),
        null,
        "DRAFT",
        null,
        proposal.getReference() + ": " + content.title());
    return view(proposal, track, actor);
  }

  /**
   * Replaces a draft's content. Staff and envoy of the track. {@code expectedVersion} is the
   * version the editor read: if someone saved since, nothing is written and the caller is told.
   */
  @RequiresRole({Role.ENVOY_STAFF, Role.ENVOY})
  public ProposalView revise(long id, long expectedVersion, ProposalContent content) {
    Actor actor = actor();
    Proposal proposal = lockVisible(id, actor);
    NegotiationTrack track = track(proposal);
    if (!ProposalPermissions.mayDraftOn(actor, track)) {
      throw new AccessDeniedException("Only the staff and envoy of this track edit its proposals.");
    }
    if (proposal.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "Someone saved this proposal after you opened it. Reload it and make your change again.");
    }
    requireValid(actor, content);
    StatusChange change = proposal.revise(content, actor.username(), clock.instant());
    record(actor, AuditAction.EDITED, proposal, change, null, "Content revised.");
    return view(proposal, track, actor);
  }

  /**
   * Submits a draft to interagency clearance: freezes the next version and opens its round with the
   * agencies routing selects plus {@code additionalAgencies}. The track's envoy only.
   */
  @RequiresRole(Role.ENVOY)
  public ProposalView submit(long id, Set<Agency> additionalAgencies) {
    Actor actor = actor();
    Proposal proposal = lockVisible(id, actor);
    NegotiationTrack track = track(proposal);
    requireEnvoyOf(track, actor);
    ProposalVersion version = proposal.submitForClearance(actor.username(), clock.instant());
    proposals.add(version);
    submitted.fire(
        submittedEvent(
            proposal.getId(), version.getNumber(), version.content(), additionalAgencies, track));
    record(
        actor,
        AuditAction.SUBMITTED,
        proposal,
        new StatusChange(WorkflowAction.SUBMIT, ProposalStatus.DRAFT, proposal.getStatus()),
        version.getNumber(),
        additionalAgencies.isEmpty()
            ? "Submitted for clearance."
            : "Submitted for clearance; agencies added by the envoy: "
                + sorted(additionalAgencies)
                + ".");
    return view(proposal, track, actor);
  }

  /**
   * Withdraws a draft or a proposal in clearance, for good. The track's envoy only. The optional
   * {@code reason} is plain multi-line text of at most {@link #MAX_WITHDRAW_REASON} characters.
   */
  @RequiresRole(Role.ENVOY)
  public ProposalView withdraw(long id, String reason) {
    PlainText.multiLine("reason", reason, MAX_WITHDRAW_REASON);
    Actor actor = actor();
    Proposal proposal = lockVisible(id, actor);
    NegotiationTrack track = track(proposal);
    requireEnvoyOf(track, actor);
    StatusChange change = proposal.withdraw();
    withdrawn.fire(new ProposalWithdrawn(id));
    record(
        actor,
        AuditAction.WITHDRAWN,
        proposal,
        change,
        proposal.getVersionNumber(),
        reason == null || reason.isBlank() ? "Withdrawn." : "Withdrawn: " + reason);
    return view(proposal, track, actor);
  }

  /** A proposal the caller may see; "not found" otherwise, exactly as for a missing one. */
  public ProposalView get(long id) {
    Actor actor = actor();
    Proposal proposal = findVisible(id, actor);
    return view(proposal, track(proposal), actor);
  }

  /** The proposal if the caller may see it: for lists that skip what the caller may not see. */
  public Optional<ProposalView> find(long id) {
    Actor actor = actor();
    return proposals
        .find(id)
        .filter(p -> ProposalPermissions.maySee(actor, p))
        .map(p -> view(p, track(p), actor));
  }

  /** One page of the proposals the caller may see. */
  public Page<ProposalSummary> search(ProposalSearch search, int first, int size) {
    ProposalQuery query = query(search, actor().clearance());
    return new Page<>(
        proposals.search(query, first, size).stream().map(ProposalSummary::of).toList(),
        proposals.count(query));
  }

  /** How many proposals the caller may see match {@code search} (a lazy list's row count). */
  public long count(ProposalSearch search) {
    return proposals.count(query(search, actor().clearance()));
  }

  /**
   * The highest classification among the proposals the caller may see that match {@code search}:
   * what a list page's classification banner must show, whichever page of the list is shown.
   */
  public Classification highestClassification(ProposalSearch search) {
    Classification clearance = actor().clearance();
    long atOrBelow = proposals.count(query(search, clearance));
    for (int level = clearance.ordinal(); level > 0; level--) {
      Classification below = Classification.values()[level - 1];
      long atOrBelowNext = proposals.count(query(search, below));
      if (atOrBelowNext < atOrBelow) {
        return Classification.values()[level];
      }
      atOrBelow = atOrBelowNext;
    }
    return Classification.UNCLASSIFIED;
  }

  /**
   * What submitting the proposal now would announce to routing: the categories and verification
   * methods of its current content (sides still missing in a draft count for nothing), with no
   * agency added yet. For the submit dialog, which shows the agencies routing selects.
   */
  public ProposalSubmitted submissionPreview(long id) {
    Actor actor = actor();
    Proposal proposal = findVisible(id, actor);
    return submittedEvent(
        proposal.getId(),
        proposal.getVersionNumber() + 1,
        proposal.content(),
        Set.of(),
        track(proposal));
  }

  /** The content of submitted version {@code number}, for reviewers and the redline. */
  public ProposalContent versionContent(long id, int number) {
    findVisible(id, actor());
    return proposals
        .findVersion(id, number)
        .map(ProposalVersion::content)
        .orElseThrow(() -> new NotFoundException("This proposal has no version " + number + "."));
  }

  /** The proposal's audit trail, oldest first. */
  public List<AuditEntry> history(long id) {
    findVisible(id, actor());
    return audit.history(id);
  }

  /** Drafts on the tracks the caller drafts on, oldest change first (their inbox). */
  public List<ProposalSummary> draftsOnCallerTracks() {
    Actor actor = actor();
    if (!actor.drafterRole()) {
      return List.of();
    }
    return tracks.findAll().stream()
        .filter(track -> ProposalPermissions.mayDraftOn(actor, track))
        .flatMap(
            track ->
                proposals
                    .search(
                        new ProposalQuery(
                            ProposalStatus.DRAFT,
                            track.getId(),
                            null,
                            null,
                            actor.clearance(),
                            ProposalQuery.Sort.UPDATED_AT,
                            false),
                        0,
                        MAX_INBOX)
                    .stream())
        .map(ProposalSummary::of)
        .toList();
  }

  /** Proposals awaiting a decision that the caller may take (their inbox). */
  public List<ProposalSummary> awaitingCallersDecision() {
    Actor actor = actor();
    if (!actor.deciderRole()) {
      return List.of();
    }
    return proposals
        .search(
            new ProposalQuery(
                ProposalStatus.AWAITING_DECISION,
                null,
                null,
                null,
                actor.clearance(),
                ProposalQuery.Sort.UPDATED_AT,
                false),
            0,
            MAX_INBOX)
        .stream()
        .filter(p -> !p.isDraftedBy(actor.username()))
        .map(ProposalSummary::of)
        .toList();
  }

  // --- for the clearance and decision features, inside their transactions ---

  /**
   * Locks a proposal the caller may see, for a workflow command of another feature: every command
   * takes this lock first, so commands on one proposal run one after the other.
   */
  public ProposalView lockForWorkflow(long id) {
    Actor actor = actor();
    Proposal proposal = lockVisible(id, actor);
    return view(proposal, track(proposal), actor);
  }

  /** Whether the caller created or revised this proposal (they may not clear or decide it). */
  public boolean isDraftedByCaller(long id) {
    return findVisible(id, actor()).isDraftedBy(actor().username());
  }

  /** Whether the caller drafts on this proposal's track (and so answers its comments). */
  public boolean callerDraftsOnTrack(long id) {
    Actor actor = actor();
    return ProposalPermissions.mayDraftOn(actor, track(findVisible(id, actor)));
  }

  /** The clearance round of the current version closed; the proposal moves on accordingly. */
  public void concludeClearance(long id, boolean changesRequested, String detail) {
    Actor actor = actor();
    Proposal proposal = lockVisible(id, actor);
    StatusChange change =
        changesRequested
            ? proposal.concludeClearanceWithChangesRequested()
            : proposal.concludeClearanceCleared();
    record(actor, AuditAction.ROUND_CLOSED, proposal, change, proposal.getVersionNumber(), detail);
  }

  /**
   * Applies a decision to the proposal. Deputies and principals who did not draft it; the decision
   * feature records the decision itself and its audit event.
   */
  @RequiresRole({Role.DEPUTY, Role.PRINCIPAL})
  public StatusChange applyDecision(long id, Verdict verdict) {
    Actor actor = actor();
    Proposal proposal = lockVisible(id, actor);
    if (proposal.isDraftedBy(actor.username())) {
      throw new AccessDeniedException("Nobody decides a proposal they drafted.");
    }
    return switch (verdict) {
      case APPROVE -> proposal.approve();
      case RETURN -> proposal.returnToDraft();
      case REJECT -> proposal.reject();
    };
  }

  // --- helpers ---

  private Actor actor() {
    Caller caller = currentUser.caller();
    return new Actor(
        caller.username(),
        caller.hasRole(Role.ENVOY_STAFF) || caller.hasRole(Role.ENVOY),
        caller.hasRole(Role.ENVOY),
        caller.hasRole(Role.DEPUTY) || caller.hasRole(Role.PRINCIPAL),
        caller.clearance());
  }

  private Proposal findVisible(long id, Actor actor) {
    return proposals
        .find(id)
        .filter(p -> ProposalPermissions.maySee(actor, p))
        .orElseThrow(ProposalService::notFound);
  }

  private Proposal lockVisible(long id, Actor actor) {
    return proposals
        .findForUpdate(id)
        .filter(p -> ProposalPermissions.maySee(actor, p))
        .orElseThrow(ProposalService::notFound);
  }

  private static NotFoundException notFound() {
    return new NotFoundException("There is no such proposal.");
  }

  private NegotiationTrack track(Proposal proposal) {
    return tracks.find(proposal.getTrackId()).orElseThrow();
  }

  private static void requireEnvoyOf(NegotiationTrack track, Actor actor) {
    if (!track.isEnvoy(actor.username())) {
      throw new AccessDeniedException("Only the envoy of this track submits and withdraws.");
    }
  }

  private static void requireValid(Actor actor, ProposalContent content) {
    if (content.title().isBlank()) {
      throw new InvalidInputException("title", "A proposal needs a title.");
    }
    content.requirePlainText();
    if (!actor.clearance().dominates(content.classification())) {
      throw new InvalidInputException(
          "classification",
          "You cannot mark a proposal above your own clearance (" + actor.clearance() + ").");
    }
  }

  private ProposalView view(Proposal proposal, NegotiationTrack track, Actor actor) {
    proposals.flush();
    return ProposalView.of(proposal, ProposalPermissions.allowedActions(actor, proposal, track));
  }

  private void record(
      Actor actor,
      AuditAction action,
      Proposal proposal,
      StatusChange change,
      Integer versionNumber,
      String detail) {
    audit.record(
        actor.username(),
        null,
        action,
        proposal.getId(),
        change.from().name(),
        change.to().name(),
        versionNumber,
        detail);
  }

  private String reference(NegotiationTrack track, Instant now) {
    return "%s-%d-%04d"
        .formatted(
            track.getReferencePrefix(),
            now.atZone(ZoneOffset.UTC).getYear(),
            proposals.nextReferenceNumber());
  }

  private static ProposalSubmitted submittedEvent(
      long proposalId,
      int versionNumber,
      ProposalContent content,
      Set<Agency> added,
      NegotiationTrack track) {
    List<ReciprocalStep> steps = content.allSteps();
    return new ProposalSubmitted(
        proposalId,
        versionNumber,
        names(steps.stream().flatMap(s -> s.ours().stream()).map(OurAction::category)),
        names(steps.stream().flatMap(s -> s.theirs().stream()).map(TheirAction::category)),
        names(steps.stream().flatMap(s -> s.theirs().stream()).map(TheirAction::verification)),
        Set.copyOf(added),
        track.getClearanceDays());
  }

  /** The caller's query: never above {@code clearance}, whatever the search says. */
  private static ProposalQuery query(ProposalSearch search, Classification clearance) {
    return new ProposalQuery(
        search.status(),
        search.trackId(),
        search.text(),
        search.ids(),
        clearance,
        search.sort(),
        search.descending());
  }

  private static Set<String> names(Stream<? extends Enum<?>> values) {
    return values.map(Enum::name).collect(Collectors.toSet());
  }

  private static String sorted(Set<Agency> agencies) {
    return agencies.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
  }
}
