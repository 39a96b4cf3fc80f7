package org.parley.clearance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.access.application.Caller;
import org.parley.access.application.CurrentUser;
import org.parley.access.domain.Permission;
import org.parley.audit.application.AuditTrail;
import org.parley.audit.domain.AuditAction;
import org.parley.clearance.domain.BusinessDays;
import org.parley.clearance.domain.ClearanceRepository;
import org.parley.clearance.domain.ClearanceRound;
import org.parley.clearance.domain.ClearanceViolation;
import org.parley.clearance.domain.CommentDraft;
import org.parley.clearance.domain.Position;
import org.parley.clearance.domain.ReviewComment;
import org.parley.clearance.domain.RoundOutcome;
import org.parley.clearance.domain.RoutingFacts;
import org.parley.clearance.domain.RoutingPolicy;
import org.parley.identity.application.UserAccountService;
import org.parley.proposal.application.ClearanceAgencies;
import org.parley.proposal.application.LedgerCategories;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalSubmitted;
import org.parley.proposal.application.ProposalView;
import org.parley.proposal.application.ProposalWithdrawn;
import org.parley.proposal.application.ProposalWorkflow;
import org.parley.shared.AccessDeniedException;
import org.parley.shared.Agency;
import org.parley.shared.InvalidInputException;
import org.parley.shared.NotFoundException;
import org.parley.shared.PlainText;
import org.parley.shared.ProposalStatus;

/**
 * Parallel interagency clearance: opening a round when a version is submitted, recording each
 * agency's position, closing the round exactly once, and the drafters' answers to comments.
 */
@ApplicationScoped
@Transactional
public class ClearanceService implements ClearanceAgencies {

  @Inject private ClearanceRepository rounds;
  @Inject private ProposalQueries proposals;
  @Inject private ProposalWorkflow workflow;
  @Inject private UserAccountService accounts;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /**
   * Opens the round of a just-submitted version, in the submitting transaction. Refuses (and so
   * undoes the submission) while a comment of the previous round is unanswered.
   */
  void openRound(@Observes ProposalSubmitted submitted) {
    rounds
        .findLatest(submitted.proposalId())
        .filter(ClearanceService::hasUnansweredComment)
        .ifPresent(
            previous -> {
              throw new ClearanceViolation(
                  "Answer every comment of version "
                      + previous.getVersionNumber()
                      + " (accept it, or reject it with a reason) before submitting again.");
            });
    Set<Agency> agencies = requiredAgencies(submitted);
    Set<Agency> uncleared = EnumSet.copyOf(agencies);
    uncleared.removeAll(accounts.agenciesClearedFor(submitted.classification()));
    if (!uncleared.isEmpty()) {
      throw new ClearanceViolation(
          "No reviewer of "
              + uncleared.stream().sorted().map(Enum::name).collect(Collectors.joining(", "))
              + " is cleared for "
              + submitted.classification()
              + ": the round could never close. Mark the proposal lower, or ask an administrator"
              + " for a cleared reviewer.");
    }
    workflow.routeTo(submitted.proposalId(), agencies);
    Instant now = clock.instant();
    rounds.add(
        ClearanceRound.open(
            submitted.proposalId(),
            submitted.versionNumber(),
            agencies,
            now,
            BusinessDays.add(now, submitted.clearanceDays())));
  }

  /** The agencies routing selects for a ledger, plus those added: for the submit dialog too. */
  public Set<Agency> requiredAgencies(ProposalSubmitted ledger) {
    RoutingFacts facts =
        new RoutingFacts(ledger.ourCategories(), ledger.theirCategories(), ledger.verifications());
    return RoutingPolicy.requiredAgencies(
        rounds.routingRules(), facts, ledger.additionalAgencies());
  }

  /**
   * The agencies routing selects now for a ledger, before the envoy adds any: State always, plus
   * every agency whose rule matches. What a draft's REST representation and the submit dialog show
   * as its required agencies until it goes to clearance. Any signed-in user.
   */
  public Set<Agency> previewAgencies(LedgerCategories ledger) {
    RoutingFacts facts =
        new RoutingFacts(ledger.ourCategories(), ledger.theirCategories(), ledger.verifications());
    return RoutingPolicy.requiredAgencies(rounds.routingRules(), facts, Set.of());
  }

  @Override
  public Set<Agency> of(ProposalView proposal) {
    return findClearance(proposal.id())
        .map(ClearanceView::agencies)
        .<Set<Agency>>map(Set::copyOf)
        .orElseGet(() -> previewAgencies(LedgerCategories.of(proposal.content())));
  }

  /** A withdrawn proposal's open round takes no more positions. */
  void cancelRound(@Observes ProposalWithdrawn withdrawn) {
    rounds.findLatestForUpdate(withdrawn.proposalId()).ifPresent(r -> r.cancel(clock.instant()));
  }

  /** The proposal's latest round; "not found" when it never went to clearance. */
  public ClearanceView clearance(long proposalId) {
    proposals.open(proposalId, "REST clearance");
    return rounds
        .findLatest(proposalId)
        .map(ClearanceView::of)
        .orElseThrow(() -> new NotFoundException("This proposal has not been to clearance."));
  }

  /**
   * The agencies routing selects for the proposal's current content, State first: what the submit
   * dialog shows before the envoy adds agencies. Anyone who may see the proposal.
   */
  public List<Agency> previewAgencies(long proposalId) {
    return requiredAgencies(proposals.submissionPreview(proposalId)).stream().sorted().toList();
  }

  /** The latest round, if any, for pages that show it when there is one. */
  public Optional<ClearanceView> findClearance(long proposalId) {
    proposals.get(proposalId);
    return rounds.findLatest(proposalId).map(ClearanceView::of);
  }

  /**
   * Whether the caller may take a position on the proposal now: a reviewer or lead of an agency
   * that has a pending slot in the open round of a proposal in clearance, who did not draft it. For
   * pages that show the position form only then; {@link #recordPosition} decides again.
   */
  public boolean callerMayAnswer(long proposalId) {
    Caller caller = currentUser.caller();
    if (!proposals.allows(proposalId, Permission.TAKE_POSITION)) {
      return false;
    }
    return rounds
        .findLatest(proposalId)
        .filter(ClearanceRound::isOpen)
        .flatMap(round -> round.review(caller.agency()))
        .filter(review -> !review.isAnswered())
        .isPresent();
  }

  /**
   * Records agency {@code agency}'s position on the open round. Reviewers and leads of that agency
   * only, and never one who drafted the proposal. Comment texts are plain multi-line text of at
   * most {@link CommentDraft#MAX_TEXT} characters. The answer that fills the last slot closes the
   * round and moves the proposal on, in this same transaction.
   */
  public ClearanceView recordPosition(
      long proposalId, Agency agency, Position position, List<CommentDraft> comments) {
    for (int i = 0; i < comments.size(); i++) {
      PlainText.multiLine(
          "comments[" + i + "].text", comments.get(i).text(), CommentDraft.MAX_TEXT);
    }
    Caller caller = currentUser.caller();
    ProposalView proposal = workflow.lockForWorkflow(proposalId, Permission.TAKE_POSITION);
    if (caller.agency() != agency) {
      throw new AccessDeniedException("You take positions for your own agency only.");
    }
    if (position.needsComment() && comments.isEmpty()) {
      throw new InvalidInputException("comments", position + " needs at least one comment.");
    }
    ClearanceRound round =
        rounds
            .findLatestForUpdate(proposalId)
            .filter(r -> proposal.status() == ProposalStatus.IN_CLEARANCE)
            .orElseThrow(() -> new ClearanceViolation("No clearance round is open."));
    Optional<RoundOutcome> closed =
        round.recordPosition(
            agency, position, comments, caller.username(), agency.name(), clock.instant());
    // The new comments get their ids when written; the view below shows them.
    rounds.flush();
    audit.record(
        caller.username(),
        agency.name(),
        AuditAction.POSITION_TAKEN,
        proposalId,
        null,
        null,
        round.getVersionNumber(),
        agency + ": " + position + commentCount(comments));
    closed.ifPresent(
        outcome ->
            workflow.concludeClearance(
                proposalId,
                outcome == RoundOutcome.CHANGES_REQUESTED,
                closingDetail(round, outcome)));
    return ClearanceView.of(round);
  }

  /**
   * The drafters' answer to a comment of the latest round: accepted, or rejected with a reason.
   * Staff and envoy of the proposal's track, while it is a draft. The reason is plain multi-line
   * text of at most {@link ReviewComment#MAX_REASON} characters.
   */
  public ClearanceView resolveComment(
      long proposalId, long commentId, boolean accepted, String reason) {
    PlainText.multiLine("reason", reason, ReviewComment.MAX_REASON);
    Caller caller = currentUser.caller();
    workflow.lockForWorkflow(proposalId, Permission.ANSWER_COMMENT);
    if (!accepted && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("reason", "Rejecting a comment needs a reason.");
    }
    ClearanceRound round =
        rounds
            .findLatestForUpdate(proposalId)
            .orElseThrow(() -> new NotFoundException("There is no such comment."));
    ReviewComment comment =
        round
            .comment(commentId)
            .orElseThrow(() -> new NotFoundException("There is no such comment."));
    comment.resolve(accepted, reason, caller.username(), clock.instant());
    audit.record(
        caller.username(),
        null,
        AuditAction.COMMENT_RESOLVED,
        proposalId,
        null,
        null,
        round.getVersionNumber(),
        "Comment " + commentId + (accepted ? " accepted." : " rejected: " + reason));
    return ClearanceView.of(round);
  }

  /** The ids of proposals that {@code agency} holds or held a slot on. */
  public Set<Long> routedTo(Agency agency) {
    return Set.copyOf(rounds.proposalIdsRoutedTo(agency));
  }

  private static String commentCount(List<CommentDraft> comments) {
    return switch (comments.size()) {
      case 0 -> "";
      case 1 -> " (1 comment)";
      default -> " (" + comments.size() + " comments)";
    };
  }

  private static boolean hasUnansweredComment(ClearanceRound round) {
    return round.getReviews().stream()
        .flatMap(review -> review.getComments().stream())
        .anyMatch(comment -> !comment.isResolved());
  }

  private static String closingDetail(ClearanceRound round, RoundOutcome outcome) {
    String dissents =
        round.dissents().isEmpty()
            ? ""
            : "; dissents: "
                + round.dissents().stream().map(Enum::name).collect(Collectors.joining(", "));
    return "Clearance round for version "
        + round.getVersionNumber()
        + " closed: "
        + outcome
        + dissents
        + ".";
  }
}
