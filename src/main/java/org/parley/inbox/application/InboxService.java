package org.parley.inbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.clearance.application.ClearanceService;
import org.parley.clearance.application.ClearanceView;
import org.parley.identity.application.Caller;
import org.parley.identity.application.CurrentUser;
import org.parley.identity.domain.Role;
import org.parley.proposal.application.ProposalService;
import org.parley.proposal.application.ProposalSummary;
import org.parley.proposal.application.ProposalView;

/**
 * What waits for the caller, earliest due first: positions their agency owes, drafts on their
 * tracks (comments to answer first), and cleared proposals to decide.
 */
@ApplicationScoped
@Transactional
public class InboxService {

  @Inject private CurrentUser currentUser;
  @Inject private ProposalService proposals;
  @Inject private ClearanceService clearance;

  public List<InboxItem> inbox() {
    Caller caller = currentUser.caller();
    List<InboxItem> items = new ArrayList<>();
    if (caller.agency() != null
        && (caller.hasRole(Role.AGENCY_REVIEWER) || caller.hasRole(Role.AGENCY_LEAD))) {
      for (ClearanceView round : clearance.awaiting(caller.agency())) {
        visible(round)
            .filter(p -> !p.drafters().contains(caller.username()))
            .ifPresent(
                p ->
                    items.add(
                        new InboxItem(
                            p.id(),
                            p.reference(),
                            p.title(),
                            p.status(),
                            "TAKE_POSITION",
                            caller.agency(),
                            round.dueAt(),
                            p.classification(),
                            round.positionOf(caller.agency()).overdueSince())));
      }
    }
    for (ProposalSummary draft : proposals.draftsOnCallerTracks()) {
      boolean commentsOpen =
          clearance.findClearance(draft.id()).map(InboxService::hasUnansweredComment).orElse(false);
      items.add(
          new InboxItem(
              draft.id(),
              draft.reference(),
              draft.title(),
              draft.status(),
              commentsOpen ? "ANSWER_COMMENTS" : "REVISE_DRAFT",
              null,
              null,
              draft.classification(),
              null));
    }
    for (ProposalSummary cleared : proposals.awaitingCallersDecision()) {
      items.add(
          new InboxItem(
              cleared.id(),
              cleared.reference(),
              cleared.title(),
              cleared.status(),
              "DECIDE",
              null,
              null,
              cleared.classification(),
              null));
    }
    items.sort(
        Comparator.comparing(InboxItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InboxItem::reference));
    return items;
  }

  private Optional<ProposalView> visible(ClearanceView round) {
    return proposals.find(round.proposalId());
  }

  private static boolean hasUnansweredComment(ClearanceView round) {
    return round.positions().stream()
        .flatMap(position -> position.comments().stream())
        .anyMatch(comment -> comment.resolution() == null);
  }
}
