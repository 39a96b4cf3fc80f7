package org.parley.access.domain;

import static org.parley.access.domain.Relation.AGENCY_ROUTED;
import static org.parley.access.domain.Relation.ANY;
import static org.parley.access.domain.Relation.REACHED_DECIDERS;
import static org.parley.access.domain.Relation.TRACK_ENVOY;
import static org.parley.access.domain.Relation.TRACK_MEMBER;
import static org.parley.access.domain.Role.ADMIN;
import static org.parley.access.domain.Role.AGENCY_LEAD;
import static org.parley.access.domain.Role.AGENCY_REVIEWER;
import static org.parley.access.domain.Role.AUDITOR;
import static org.parley.access.domain.Role.DEPUTY;
import static org.parley.access.domain.Role.ENVOY;
import static org.parley.access.domain.Role.ENVOY_STAFF;
import static org.parley.access.domain.Role.PRINCIPAL;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.shared.ProposalStatus;
import org.parley.shared.WorkflowAction;

/**
 * The one policy table: for every permission, which roles grant it and how a holder of each must
 * stand to the proposal, in which statuses it can be used, and whether the proposal's drafters are
 * excluded. Services consult it on every call (pages and REST alike); lists, counts and searches
 * apply {@link #VIEW}'s {@link Visibility}; the authorization-matrix tests are generated from it.
 *
 * <p>A row is decided in this order: none of its roles → {@link Access#FORBIDDEN}; a proposal the
 * caller may not {@link #VIEW} (clearance below its classification, or no need to know) → {@link
 * Access#NOT_FOUND}; no role whose relation holds → FORBIDDEN; a drafter where drafters are
 * excluded → FORBIDDEN; a status outside the row's → {@link Access#WRONG_STATE}.
 */
public enum Permission {
  /**
   * Need to know: the track's staff and envoy, reviewers and leads of an agency that holds or held
   * a slot, deputies and principals once it reached them, auditors. Always within clearance.
   */
  VIEW(
      Target.PROPOSAL,
      Map.of(
          ENVOY_STAFF, TRACK_MEMBER,
          ENVOY, TRACK_MEMBER,
          AGENCY_REVIEWER, AGENCY_ROUTED,
          AGENCY_LEAD, AGENCY_ROUTED,
          DEPUTY, REACHED_DECIDERS,
          PRINCIPAL, REACHED_DECIDERS,
          AUDITOR, ANY),
      null,
      false,
      "There is no such proposal."),
  CREATE(
      Target.TRACK,
      Map.of(ENVOY_STAFF, TRACK_MEMBER, ENVOY, TRACK_MEMBER),
      null,
      false,
      "Only the staff and envoy of this track draft on it."),
  REVISE(
      Target.PROPOSAL,
      Map.of(ENVOY_STAFF, TRACK_MEMBER, ENVOY, TRACK_MEMBER),
      WorkflowAction.REVISE.allowedFrom(),
      false,
      "Only the staff and envoy of this track edit its proposals."),
  SUBMIT(
      Target.PROPOSAL,
      Map.of(ENVOY, TRACK_ENVOY),
      WorkflowAction.SUBMIT.allowedFrom(),
      false,
      "Only the envoy of this track submits its proposals."),
  WITHDRAW(
      Target.PROPOSAL,
      Map.of(ENVOY, TRACK_ENVOY),
      WorkflowAction.WITHDRAW.allowedFrom(),
      false,
      "Only the envoy of this track withdraws its proposals."),
  TAKE_POSITION(
      Target.PROPOSAL,
      Map.of(AGENCY_REVIEWER, AGENCY_ROUTED, AGENCY_LEAD, AGENCY_ROUTED),
      EnumSet.of(ProposalStatus.IN_CLEARANCE),
      true,
      "Only reviewers of an agency in its clearance, who did not draft it, take a position."),
  ANSWER_COMMENT(
      Target.PROPOSAL,
      Map.of(ENVOY_STAFF, TRACK_MEMBER, ENVOY, TRACK_MEMBER),
      EnumSet.of(ProposalStatus.DRAFT),
      false,
      "Only the staff and envoy of this track answer comments."),
  DECIDE(
      Target.PROPOSAL,
      Map.of(DEPUTY, REACHED_DECIDERS, PRINCIPAL, REACHED_DECIDERS),
      WorkflowAction.APPROVE.allowedFrom(),
      true,
      "Only deputies and principals who did not draft it decide a proposal."),
  LIST_USERS(
      Target.PORTAL,
      Map.of(ADMIN, ANY),
      null,
      false,
      "Only administrators see the user directory."),
  MANAGE_ROUTING_RULES(
      Target.PORTAL,
      Map.of(ADMIN, ANY),
      null,
      false,
      "Only administrators manage the routing rules."),
  MANAGE_LEVERAGE_REGISTER(
      Target.PORTAL,
      Map.of(ADMIN, ANY),
      null,
      false,
      "Only administrators keep the leverage register and the reciprocity settings."),
  /**
   * Approving a version with a blocking reciprocity finding: on top of {@link #DECIDE}, only a
   * principal, with a recorded override and its justification.
   */
  OVERRIDE_BLOCKING_FINDING(
      Target.PORTAL,
      Map.of(PRINCIPAL, ANY),
      null,
      false,
      "Only a principal can override a blocking reciprocity finding; a deputy can return or"
          + " reject this version."),
  MANAGE_SIGN_IN_LOCKS(
      Target.PORTAL, Map.of(ADMIN, ANY), null, false, "Only administrators lift sign-in locks."),
  /**
   * The leadership dashboard: deputies, principals and auditors over every track, envoys over the
   * tracks they lead (the dashboard narrows them); figures always within clearance.
   */
  VIEW_DASHBOARD(
      Target.PORTAL,
      Map.of(DEPUTY, ANY, PRINCIPAL, ANY, AUDITOR, ANY, ENVOY, TRACK_ENVOY),
      null,
      false,
      "Only deputies, principals, auditors and envoys see the leadership dashboard."),
  READ_AUDIT_TRAIL(
      Target.PORTAL,
      Map.of(AUDITOR, ANY),
      null,
      false,
      "Only auditors read the whole audit trail.");

  /** What a permission is decided on. */
  public enum Target {
    /** One existing proposal: decided on its facts, after {@link #VIEW}. */
    PROPOSAL,
    /** A negotiation track a new proposal would be drafted on. */
    TRACK,
    /** The portal as a whole: only the role counts. */
    PORTAL
  }

  private final Target target;
  private final Map<Role, Relation> grants;
  private final Set<ProposalStatus> statuses;
  private final boolean excludesDrafters;
  private final String refusal;

  Permission(
      Target target,
      Map<Role, Relation> grants,
      Set<ProposalStatus> statuses,
      boolean excludesDrafters,
      String refusal) {
    this.target = target;
    this.grants = Collections.unmodifiableMap(new EnumMap<>(grants));
    this.statuses = statuses == null ? null : Collections.unmodifiableSet(statuses);
    this.excludesDrafters = excludesDrafters;
    this.refusal = refusal;
  }

  /** The roles that grant this permission, each with the relation its holder needs. */
  public Map<Role, Relation> grants() {
    return grants;
  }

  /** The statuses the permission can be used in; empty when it is not about a proposal's status. */
  public Optional<Set<ProposalStatus>> statuses() {
    return Optional.ofNullable(statuses);
  }

  public boolean excludesDrafters() {
    return excludesDrafters;
  }

  /** What a caller who is {@link Access#FORBIDDEN} is told. */
  public String refusal() {
    return refusal;
  }

  public Target target() {
    return target;
  }

  /** A portal-wide permission: only the role counts. */
  public Access evaluate(Subject subject) {
    if (target != Target.PORTAL) {
      throw new IllegalStateException(this + " is decided on a proposal's facts.");
    }
    return holdsAnyRole(subject) ? Access.GRANTED : Access.FORBIDDEN;
  }

  /**
   * This permission for {@code subject} on the proposal (or new proposal) {@code facts} describe.
   */
  public Access evaluate(Subject subject, ProposalFacts facts) {
    if (target == Target.PORTAL) {
      throw new IllegalStateException(this + " is decided on the role alone.");
    }
    if (!holdsAnyRole(subject)) {
      return Access.FORBIDDEN;
    }
    if (target == Target.PROPOSAL && !maySee(subject, facts)) {
      return Access.NOT_FOUND;
    }
    if (!relationHolds(subject, facts)) {
      return Access.FORBIDDEN;
    }
    if (excludesDrafters && facts.drafters().contains(subject.username())) {
      return Access.FORBIDDEN;
    }
    if (statuses != null && !statuses.contains(facts.status())) {
      return Access.WRONG_STATE;
    }
    return Access.GRANTED;
  }

  /**
   * Whether a role of {@code subject} grants this permission with no relation needed: over every
   * track and proposal (e.g. deputies, principals and auditors on the dashboard).
   */
  public boolean grantsEverywhere(Subject subject) {
    return subject.roles().stream().map(grants::get).anyMatch(relation -> relation == Relation.ANY);
  }

  /**
   * Whether {@code subject} holds this permission over the track whose envoy is {@code trackEnvoy}:
   * by a role that needs no relation, or one whose relation to the track holds (e.g. an envoy on
   * the dashboard of the tracks they lead).
   */
  public boolean grantsOnTrack(Subject subject, String trackEnvoy, Set<String> trackStaff) {
    return relationHolds(subject, ProposalFacts.newOnTrack(trackEnvoy, trackStaff));
  }

  /**
   * What {@code subject} may see of all proposals, for lists, counts and searches: the same rule as
   * {@link #VIEW}, in a form a query can apply.
   */
  public static Visibility visibility(Subject subject) {
    boolean everything = false;
    boolean trackMember = false;
    boolean routedAgency = false;
    boolean reachedDeciders = false;
    for (Role role : subject.roles()) {
      Relation relation = VIEW.grants.get(role);
      if (relation == null) {
        continue;
      }
      switch (relation) {
        case ANY -> everything = true;
        case TRACK_MEMBER, TRACK_ENVOY -> trackMember = true;
        case AGENCY_ROUTED -> routedAgency = subject.agency() != null;
        case REACHED_DECIDERS -> reachedDeciders = true;
      }
    }
    return new Visibility(
        subject.clearance(),
        everything,
        trackMember ? subject.username() : null,
        routedAgency ? subject.agency() : null,
        reachedDeciders);
  }

  private static boolean maySee(Subject subject, ProposalFacts facts) {
    return subject.clearance().dominates(facts.classification())
        && VIEW.relationHolds(subject, facts);
  }

  private boolean holdsAnyRole(Subject subject) {
    return subject.roles().stream().anyMatch(grants::containsKey);
  }

  private boolean relationHolds(Subject subject, ProposalFacts facts) {
    return subject.roles().stream()
        .map(grants::get)
        .anyMatch(relation -> relation != null && relation.holds(subject, facts));
  }
}
