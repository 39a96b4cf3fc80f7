package org.parley.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.access.application.AccessPolicy;
import org.parley.access.domain.Permission;
import org.parley.access.domain.Subject;
import org.parley.audit.application.AuditTrail;
import org.parley.audit.domain.AuditAction;
import org.parley.ledger.application.InstrumentService;
import org.parley.ledger.application.ReciprocityService;
import org.parley.proposal.domain.NegotiationTrack;
import org.parley.proposal.domain.Proposal;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ProposalRepository;
import org.parley.proposal.domain.ProposalVersion;
import org.parley.proposal.domain.StatusChange;
import org.parley.proposal.domain.TrackRepository;
import org.parley.shared.Agency;
import org.parley.shared.InvalidInputException;
import org.parley.shared.PlainText;
import org.parley.shared.ProposalStatus;
import org.parley.shared.StaleVersionException;
import org.parley.shared.WorkflowAction;

/**
 * The drafters' and the envoy's commands: create, revise, submit, withdraw. Each public method is
 * one transaction and asks the policy table ({@link Permission}), whoever calls it (page or REST),
 * whether the caller may see the proposal (else "not found") and take the action (else "access
 * denied"). Every command on a proposal locks its row first (docs/adr/0006) and appends its audit
 * event in the same transaction.
 */
@ApplicationScoped
@Transactional
public class DraftingService {

  /** The longest withdrawal reason kept; it goes into the audit trail's detail. */
  public static final int MAX_WITHDRAW_REASON = 2000;

  @Inject private ProposalRepository proposals;
  @Inject private TrackRepository tracks;
  @Inject private ProposalAccess access;
  @Inject private AccessPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private InstrumentService instruments;
  @Inject private ReciprocityService reciprocity;
  @Inject private Event<ProposalSubmitted> submitted;
  @Inject private Event<ProposalWithdrawn> withdrawn;

  /** Drafts a new proposal on a track. Staff and envoy of that track. */
  public ProposalView create(long trackId, ProposalContent content) {
    Subject actor = policy.subject();
    NegotiationTrack track = tracks.find(trackId).orElse(null);
    if (track == null) {
      policy.requireRole(Permission.CREATE);
      throw new InvalidInputException("trackId", "There is no such track.");
    }
    policy.require(Permission.CREATE, trackId, ProposalAccess.facts(track));
    requireValid(actor, content);
    instruments.checkNamedInstruments(content.ledgerDraft(), Set.of());
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
    return access.view(proposal, track);
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
    Proposal proposal = access.lockFor(id, Permission.REVISE);
    NegotiationTrack track = access.track(proposal);
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
    instruments.checkNamedInstruments(content.ledgerDraft(), proposals.instrumentsNamedBy(id));
    StatusChange change = proposal.revise(content, actor.username(), clock.instant());
    access.record(actor.username(), AuditAction.EDITED, proposal, change, null, "Content revised.");
    return access.view(proposal, track);
  }

  /**
   * Submits a draft to interagency clearance: freezes the next version with its reciprocity
   * findings and opens its round with the agencies routing selects plus {@code additionalAgencies}.
   * The track's envoy only.
   */
  public ProposalView submit(long id, Set<Agency> additionalAgencies) {
    Subject actor = policy.subject();
    Proposal proposal = access.lockFor(id, Permission.SUBMIT);
    NegotiationTrack track = access.track(proposal);
    ProposalVersion version = proposal.submitForClearance(actor.username(), clock.instant());
    proposals.add(version);
    reciprocity.recordFindings(
        proposal.getId(), version.getNumber(), version.content().ledgerDraft());
    submitted.fire(
        ProposalSubmitted.of(
            proposal.getId(),
            version.getNumber(),
            version.content(),
            additionalAgencies,
            track.getClearanceDays()));
    access.record(
        actor.username(),
        AuditAction.SUBMITTED,
        proposal,
        new StatusChange(WorkflowAction.SUBMIT, ProposalStatus.DRAFT, proposal.getStatus()),
        version.getNumber(),
        additionalAgencies.isEmpty()
            ? "Submitted for clearance."
            : "Submitted for clearance; agencies added by the envoy: "
                + sorted(additionalAgencies)
                + ".");
    return access.view(proposal, track);
  }

  /**
   * Withdraws a draft or a proposal in clearance, for good. The track's envoy only. The optional
   * {@code reason} is plain multi-line text of at most {@link #MAX_WITHDRAW_REASON} characters.
   */
  public ProposalView withdraw(long id, String reason) {
    Subject actor = policy.subject();
    Proposal proposal = access.lockFor(id, Permission.WITHDRAW);
    PlainText.multiLine("reason", reason, MAX_WITHDRAW_REASON);
    NegotiationTrack track = access.track(proposal);
    StatusChange change = proposal.withdraw();
    withdrawn.fire(new ProposalWithdrawn(id));
    access.record(
        actor.username(),
        AuditAction.WITHDRAWN,
        proposal,
        change,
        proposal.getVersionNumber(),
        reason == null || reason.isBlank() ? "Withdrawn." : "Withdrawn: " + reason);
    return access.view(proposal, track);
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

  private String reference(NegotiationTrack track, Instant now) {
    return "%s-%d-%04d"
        .formatted(
            track.getReferencePrefix(),
            now.atZone(ZoneOffset.UTC).getYear(),
            proposals.nextReferenceNumber());
  }

  private static String sorted(Set<Agency> agencies) {
    return agencies.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
  }
}
