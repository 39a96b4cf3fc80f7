package org.parley.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.access.application.AccessPolicy;
import org.parley.access.domain.Permission;
import org.parley.access.domain.ProposalFacts;
import org.parley.access.domain.Subject;
import org.parley.access.domain.Visibility;
import org.parley.audit.application.AuditEntry;
import org.parley.audit.application.AuditTrail;
import org.parley.audit.domain.AuditAction;
import org.parley.platform.Page;
import org.parley.proposal.domain.NegotiationTrack;
import org.parley.proposal.domain.OurAction;
import org.parley.proposal.domain.Proposal;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ProposalQuery;
import org.parley.proposal.domain.ProposalRepository;
import org.parley.proposal.domain.ProposalStatus;
import org.parley.proposal.domain.ProposalVersion;
import org.parley.proposal.domain.ReciprocalStep;
import org.parley.proposal.domain.StatusChange;
import org.parley.proposal.domain.TheirAction;
import org.parley.proposal.domain.TrackRepository;
import org.parley.proposal.domain.WorkflowAction;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.InvalidInputException;
import org.parley.shared.NotFoundException;
import org.parley.shared.PlainText;
import org.parley.shared.StaleVersionException;

/**
 * Drafting and the proposal's side of the workflow: create, revise, submit, withdraw, read. Each
 * public method is one transaction and asks the policy table ({@link Permission}), whoever calls it
 * (page or REST), whether the caller may see the proposal (else "not found") and take the action
 * (else "access denied"); lists, counts and searches apply the same need-to-know rule in the query.
 * Every workflow command locks the proposal row first (docs/adr/0006), and appends its audit event
 * in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ProposalService {

  /** The longest withdrawal reason kept; it goes into the audit trail's detail. */
  public static final int MAX_WITHDRAW_REASON = 2000;

  @Inject private ProposalRepository proposals;
  @Inject private TrackRepository tracks;
  @Inject private AccessPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private Event<ProposalSubmitted> submitted;
  @Inject private Event<ProposalWithdrawn> withdrawn;
  @Inject private Event<ContentDrafted> drafted;

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
    return tracks.findAll().stream()
        .filter(track -> policy.allows(Permission.CREATE, facts(track)))
        .map(TrackView::of)
        .toList();
  }

  /** Drafts a new proposal on a track. Staff and envoy of that track. */
  public ProposalView create(long trackId, ProposalContent content) {
    Subject actor = policy.subject();
    NegotiationTrack track = tracks.find(trackId).orElse(null);
    if (track == null) {
      policy.requireRole(Permission.CREATE);
      throw new InvalidInputException("trackId", "There is no such track.");
    }
    policy.require(Permission.CREATE, trackId, facts(track));
    requireValid(actor, content);
    drafted.fire(new ContentDrafted(Set.of(), content));
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
    return view(proposal, track);
  }

  /**
   * Replaces a draft's content. Staff and envoy of the track. {@code expectedVersion} is the
   * version the editor read: if someone saved since, nothing is written and the caller is told.
   */
  public ProposalView revise(long id, long expectedVersion, ProposalContent content) {
    return revise(id, expectedVersion, null, content);
  }

  /**
   * As {@link #revise(long, long, ProposalContent)}, for a client that names the track too: a
   * proposal stays on the track it was drafted on.
   *
   * @param trackId the track the client says it is on, {@code null} when it says none
   */
  public ProposalView revise(long id, long expectedVersion, Long trackId, ProposalContent content) {
    Subject actor = policy.subject();
    Proposal proposal = lockFor(id, Permission.REVISE);
    NegotiationTrack track = track(proposal);
    if (trackId != null && trackId != proposal.getTrackId()) {
      throw new InvalidInputException(
          "trackId", "A proposal stays on the track it was drafted on.");
    }
    if (proposal.getVersion() != expectedVersion) {
      throw new StaleVersionException(
          "Someone saved this proposal after you opened it. Reload it and make your change again.");
    }
    requireValid(actor, content);
    // The stored draft's instruments are read by a query, not through its steps: loading the
    // steps this save replaces would make Hibernate remove them row by row (docs/adr/0017).
    drafted.fire(new ContentDrafted(proposals.instrumentsNamedBy(id), content));
    StatusChange change = proposal.revise(content, actor.username(), clock.instant());
    record(actor, AuditAction.EDITED, proposal, change, null, "Content revised.");
    return view(proposal, track);
  }

  /**
   * Submits a draft to interagency clearance: freezes the next version and opens its round with the
   * agencies routing selects plus {@code additionalAgencies}. The track's envoy only.
   */
  public ProposalView submit(long id, Set<Agency> additionalAgencies) {
    Subject actor = policy.subject();
    Proposal proposal = lockFor(id, Permission.SUBMIT);
    NegotiationTrack track = track(proposal);
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
    return view(proposal, track);
  }

  /**
   * Withdraws a draft or a proposal in clearance, for good. The track's envoy only. The optional
   * {@code reason} is plain multi-line text of at most {@link #MAX_WITHDRAW_REASON} characters.
   */
  public ProposalView withdraw(long id, String reason) {
    Subject actor = policy.subject();
    Proposal proposal = lockFor(id, Permission.WITHDRAW);
    PlainText.multiLine("reason", reason, MAX_WITHDRAW_REASON);
    NegotiationTrack track = track(proposal);
    StatusChange change = proposal.withdraw();
    withdrawn.fire(new ProposalWithdrawn(id));
    record(
        actor,
        AuditAction.WITHDRAWN,
        proposal,
        change,
        proposal.getVersionNumber(),
        reason == null || reason.isBlank() ? "Withdrawn." : "Withdrawn: " + reason);
    return view(proposal, track);
  }

  /** A proposal the caller may see; "not found" otherwise, exactly as for a missing one. */
  public ProposalView get(long id) {
    Proposal proposal = findFor(id, Permission.VIEW);
    return view(proposal, track(proposal));
  }

  /**
   * A proposal the caller opens to read (a page, a REST read): as {@link #get}, and a view of
   * classified content goes on the audit trail (NIST 800-53 AU-2).
   *
   * @param what what was opened, for the audit trail (e.g. "proposal page")
   */
  public ProposalView open(long id, String what) {
    ProposalView proposal = get(id);
    if (proposal.classification() != Classification.UNCLASSIFIED) {
      audit.recordView(policy.subject().username(), id, proposal.classification().name(), what);
    }
    return proposal;
  }

  /** The proposal if the caller may see it: for lists that skip what the caller may not see. */
  public Optional<ProposalView> find(long id) {
    return proposals
        .find(id)
        .filter(p -> policy.maySee(facts(p, track(p))))
        .map(p -> view(p, track(p)));
  }

  /** One page of the proposals the caller may see. */
  public Page<ProposalSummary> search(ProposalSearch search, int first, int size) {
    ProposalQuery query = query(search, policy.visibility());
    return new Page<>(
        proposals.search(query, first, size).stream().map(ProposalSummary::of).toList(),
        proposals.count(query));
  }

  /** How many proposals the caller may see match {@code search} (a lazy list's row count). */
  public long count(ProposalSearch search) {
    return proposals.count(query(search, policy.visibility()));
  }

  /** Which of {@code ids} the caller may see: for lists of other features' rows. */
  public Set<Long> visibleAmong(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    ProposalQuery query =
        query(
            new ProposalSearch(null, null, null, Set.copyOf(ids), null, false),
            policy.visibility());
    return proposals.search(query, 0, ids.size()).stream()
        .map(Proposal::getId)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The highest classification among the proposals the caller may see that match {@code search}:
   * what a list page's classification banner must show, whichever page of the list is shown.
   */
  public Classification highestClassification(ProposalSearch search) {
    Visibility visibility = policy.visibility();
    Classification clearance = visibility.clearance();
    long atOrBelow = proposals.count(query(search, visibility));
    for (int level = clearance.ordinal(); level > 0; level--) {
      Classification below = Classification.values()[level - 1];
      long atOrBelowNext = proposals.count(query(search, visibility.withClearance(below)));
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
    Proposal proposal = findFor(id, Permission.VIEW);
    return submittedEvent(
        proposal.getId(),
        proposal.getVersionNumber() + 1,
        proposal.content(),
        Set.of(),
        track(proposal));
  }

  /** The content of submitted version {@code number}, for reviewers and the redline. */
  public ProposalContent versionContent(long id, int number) {
    findFor(id, Permission.VIEW);
    return proposals
        .findVersion(id, number)
        .map(ProposalVersion::content)
        .orElseThrow(() -> new NotFoundException("This proposal has no version " + number + "."));
  }

  /** The proposal's audit trail, oldest first. */
  public List<AuditEntry> history(long id) {
    findFor(id, Permission.VIEW);
    return audit.history(id);
  }

  // --- for the clearance and decision features, inside their transactions ---

  /**
   * Locks a proposal the caller may see, for a workflow command of another feature: every command
   * takes this lock first, so commands on one proposal run one after the other.
   */
  public ProposalView lockForWorkflow(long id) {
    return lockForWorkflow(id, Permission.VIEW);
  }

  /**
   * Locks a proposal for a workflow command of another feature, refused unless the policy grants
   * the caller {@code permission} on it now (404, 403 or 409, audited).
   */
  public ProposalView lockForWorkflow(long id, Permission permission) {
    Proposal proposal = lockFor(id, permission);
    return view(proposal, track(proposal));
  }

  /**
   * Locks a proposal for work the system does on its own, with no caller (scheduled jobs,
   * docs/adr/0013), so that it runs one after the other with users' workflow commands
   * (docs/adr/0006). No policy applies: never call it on a user's behalf.
   *
   * @return whether the proposal exists
   */
  public boolean lockForScheduledWork(long id) {
    return proposals.findForUpdate(id).isPresent();
  }

  /** Whether the policy grants the caller {@code permission} on the proposal now (for pages). */
  public boolean allows(long id, Permission permission) {
    return proposals.find(id).map(p -> policy.allows(permission, facts(p, track(p)))).orElse(false);
  }

  /**
   * A clearance round gave these agencies a slot on the proposal, in the submitting transaction:
   * their reviewers and leads need to know it from now on.
   */
  public void routeTo(long id, Set<Agency> agencies) {
    proposals.find(id).orElseThrow(ProposalService::notFound).routeTo(agencies);
  }

  /** The clearance round of the current version closed; the proposal moves on accordingly. */
  public void concludeClearance(long id, boolean changesRequested, String detail) {
    Subject actor = policy.subject();
    Proposal proposal = lockFor(id, Permission.VIEW);
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
  public StatusChange applyDecision(long id, Verdict verdict) {
    Proposal proposal = lockFor(id, Permission.DECIDE);
    return switch (verdict) {
      case APPROVE -> proposal.approve();
      case RETURN -> proposal.returnToDraft();
      case REJECT -> proposal.reject();
    };
  }

  /**
   * Whether any draft or submitted version names the instrument of the leverage register: such an
   * instrument may be retired, never deleted. For the ledger feature's register.
   */
  public boolean isInstrumentNamed(long instrumentId) {
    return proposals.namesInstrument(instrumentId);
  }

  // --- helpers ---

  /** The proposal, refused unless the policy grants the caller {@code permission} on it. */
  private Proposal findFor(long id, Permission permission) {
    Proposal proposal = proposals.find(id).orElse(null);
    policy.require(permission, id, proposal == null ? null : facts(proposal, track(proposal)));
    return proposal;
  }

  /** As {@link #findFor}, with the row locked for a workflow command (docs/adr/0006). */
  private Proposal lockFor(long id, Permission permission) {
    Proposal proposal = proposals.findForUpdate(id).orElse(null);
    policy.require(permission, id, proposal == null ? null : facts(proposal, track(proposal)));
    return proposal;
  }

  private static ProposalFacts facts(Proposal proposal, NegotiationTrack track) {
    return new ProposalFacts(
        proposal.getClassification(),
        proposal.getStatus(),
        track.getEnvoy(),
        track.getStaff(),
        proposal.getRoutedAgencies(),
        proposal.hasReachedDeciders(),
        proposal.getDrafters());
  }

  private static ProposalFacts facts(NegotiationTrack track) {
    return ProposalFacts.newOnTrack(track.getEnvoy(), track.getStaff());
  }

  private static NotFoundException notFound() {
    return new NotFoundException("There is no such proposal.");
  }

  private NegotiationTrack track(Proposal proposal) {
    return tracks.find(proposal.getTrackId()).orElseThrow();
  }

  private static void requireValid(Subject actor, ProposalContent content) {
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

  private ProposalView view(Proposal proposal, NegotiationTrack track) {
    proposals.flush();
    ProposalFacts facts = facts(proposal, track);
    Set<WorkflowAction> allowed = EnumSet.noneOf(WorkflowAction.class);
    for (Permission permission : Permission.values()) {
      if (permission.target() == Permission.Target.PROPOSAL && policy.allows(permission, facts)) {
        allowed.addAll(workflowActions(permission));
      }
    }
    return ProposalView.of(proposal, allowed);
  }

  /** The workflow actions a permission lets its holder take. */
  private static Set<WorkflowAction> workflowActions(Permission permission) {
    return switch (permission) {
      case REVISE -> EnumSet.of(WorkflowAction.REVISE);
      case SUBMIT -> EnumSet.of(WorkflowAction.SUBMIT);
      case WITHDRAW -> EnumSet.of(WorkflowAction.WITHDRAW);
      case DECIDE ->
          EnumSet.of(WorkflowAction.APPROVE, WorkflowAction.RETURN, WorkflowAction.REJECT);
      default -> EnumSet.noneOf(WorkflowAction.class);
    };
  }

  private void record(
      Subject actor,
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
        track.getClearanceDays(),
        content.classification());
  }

  /** The caller's query: never beyond what they may see, whatever the search says. */
  private static ProposalQuery query(ProposalSearch search, Visibility visibility) {
    return new ProposalQuery(
        search.status(),
        search.trackId(),
        search.text(),
        search.ids(),
        visibility,
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
