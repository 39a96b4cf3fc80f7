package org.parley.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.access.application.AccessPolicy;
import org.parley.access.domain.Permission;
import org.parley.access.domain.Visibility;
import org.parley.audit.application.AuditEntry;
import org.parley.audit.application.AuditTrail;
import org.parley.platform.Page;
import org.parley.proposal.domain.Proposal;
import org.parley.proposal.domain.ProposalContent;
import org.parley.proposal.domain.ProposalQuery;
import org.parley.proposal.domain.ProposalRepository;
import org.parley.proposal.domain.ProposalVersion;
import org.parley.proposal.domain.TrackRepository;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.NotFoundException;

/**
 * Reading proposals and tracks: one proposal, a version, its history, lists and counts. A proposal
 * the caller may not see is "not found", exactly as a missing one; lists, counts and searches apply
 * the same need-to-know rule in the query (docs/adr/0008). Reading classified content is audited.
 */
@ApplicationScoped
@Transactional
public class ProposalQueries {

  @Inject private ProposalRepository proposals;
  @Inject private TrackRepository tracks;
  @Inject private ProposalAccess access;
  @Inject private AccessPolicy policy;
  @Inject private AuditTrail audit;

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
        .filter(track -> policy.allows(Permission.CREATE, ProposalAccess.facts(track)))
        .map(TrackView::of)
        .toList();
  }

  /** A proposal the caller may see; "not found" otherwise, exactly as for a missing one. */
  public ProposalView get(long id) {
    return access.view(access.findFor(id, Permission.VIEW));
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
        .filter(p -> policy.maySee(ProposalAccess.facts(p, access.track(p))))
        .map(access::view);
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
    Proposal proposal = access.findFor(id, Permission.VIEW);
    return ProposalSubmitted.of(
        proposal.getId(),
        proposal.getVersionNumber() + 1,
        proposal.content(),
        Set.of(),
        access.track(proposal).getClearanceDays());
  }

  /** The content of submitted version {@code number}, for reviewers and the redline. */
  public ProposalContent versionContent(long id, int number) {
    access.findFor(id, Permission.VIEW);
    return proposals
        .findVersion(id, number)
        .map(ProposalVersion::content)
        .orElseThrow(() -> new NotFoundException("This proposal has no version " + number + "."));
  }

  /** The proposal's audit trail, oldest first. */
  public List<AuditEntry> history(long id) {
    access.findFor(id, Permission.VIEW);
    return audit.history(id);
  }

  /**
   * The ids of proposals that {@code agency} holds or held a clearance slot on (whether or not the
   * caller may see them: a search narrows them to what the caller may see).
   */
  public Set<Long> routedTo(Agency agency) {
    return Set.copyOf(proposals.idsRoutedTo(agency));
  }

  /** Whether the policy grants the caller {@code permission} on the proposal now (for pages). */
  public boolean allows(long id, Permission permission) {
    return proposals
        .find(id)
        .map(p -> policy.allows(permission, ProposalAccess.facts(p, access.track(p))))
        .orElse(false);
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
}
