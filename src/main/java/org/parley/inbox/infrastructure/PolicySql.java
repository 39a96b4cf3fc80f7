package org.parley.inbox.infrastructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.access.domain.Permission;
import org.parley.access.domain.Relation;
import org.parley.access.domain.Role;
import org.parley.access.domain.Subject;
import org.parley.access.domain.Visibility;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;

/**
 * One row of the policy table ({@link Permission#evaluate}) as a SQL condition on the proposal
 * table (alias {@code p}), for a query that must list only what the caller may act on: visible
 * ({@link Visibility}: within clearance and a need to know), a role whose relation holds, a status
 * the permission is used in, and not a drafter where drafters are excluded. The same rule as
 * JpaProposalRepository's {@code visible} predicate, written for native SQL because the inbox joins
 * the clearance tables; collects the parameters it binds.
 */
final class PolicySql {

  private final Subject subject;
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  PolicySql(Subject subject) {
    this.subject = subject;
  }

  Map<String, Object> parameters() {
    return parameters;
  }

  /** Binds {@code value} and answers its placeholder. */
  String bind(Object value) {
    String name = "p" + parameters.size();
    parameters.put(name, value);
    return ":" + name;
  }

  /** The condition, or empty when no proposal can satisfy it (the query can be skipped). */
  Optional<String> permits(Permission permission) {
    Visibility visibility = Permission.visibility(subject);
    Set<Relation> relations = relations(permission);
    if (visibility.nothing() || relations.isEmpty()) {
      return Optional.empty();
    }
    Set<Relation> needToKnow = needToKnow(visibility);
    List<String> where = new ArrayList<>();
    where.add("p.classification in (" + bind(withinClearance(visibility)) + ")");
    if (!relations.stream().allMatch(relation -> implies(relation, needToKnow))) {
      where.add(or(needToKnow));
    }
    // Else the permission's relation is itself a need to know: checking both would probe twice.
    where.add(or(relations));
    permission
        .statuses()
        .ifPresent(statuses -> where.add("p.status in (" + bind(names(statuses)) + ")"));
    if (permission.excludesDrafters()) {
      where.add(
          "not exists (select 1 from proposal_drafter d where d.proposal_id = p.id"
              + " and d.username = "
              + bind(subject.username())
              + ")");
    }
    return Optional.of(String.join(" and ", where));
  }

  /** {@link Visibility}'s criteria besides clearance, as the relations they are. */
  private static Set<Relation> needToKnow(Visibility visibility) {
    Set<Relation> needToKnow = EnumSet.noneOf(Relation.class);
    if (visibility.everything()) {
      needToKnow.add(Relation.ANY);
    }
    if (visibility.trackMember() != null) {
      needToKnow.add(Relation.TRACK_MEMBER);
    }
    if (visibility.routedAgency() != null) {
      needToKnow.add(Relation.AGENCY_ROUTED);
    }
    if (visibility.reachedDeciders()) {
      needToKnow.add(Relation.REACHED_DECIDERS);
    }
    return needToKnow;
  }

  /** Whether a proposal {@code relation} holds for always meets one of {@code needToKnow}. */
  private static boolean implies(Relation relation, Set<Relation> needToKnow) {
    return needToKnow.contains(Relation.ANY)
        || needToKnow.contains(relation)
        || relation == Relation.TRACK_ENVOY && needToKnow.contains(Relation.TRACK_MEMBER);
  }

  private static List<String> withinClearance(Visibility visibility) {
    return Arrays.stream(Classification.values())
        .filter(c -> visibility.clearance().dominates(c))
        .map(Enum::name)
        .toList();
  }

  /**
   * Each role of the subject that grants the permission, as the relation it needs; none for an
   * agency relation without an agency.
   */
  private Set<Relation> relations(Permission permission) {
    Set<Relation> relations = EnumSet.noneOf(Relation.class);
    for (Role role : subject.roles()) {
      Relation relation = permission.grants().get(role);
      if (relation != null && (relation != Relation.AGENCY_ROUTED || subject.agency() != null)) {
        relations.add(relation);
      }
    }
    return relations;
  }

  private String or(Set<Relation> relations) {
    List<String> conditions = relations.stream().map(this::relation).toList();
    return conditions.size() == 1 ? conditions.get(0) : "(" + String.join(" or ", conditions) + ")";
  }

  /** The relation between the subject and proposal {@code p}, as SQL. */
  private String relation(Relation relation) {
    return switch (relation) {
      case ANY -> "1 = 1";
      case TRACK_MEMBER -> trackMember(subject.username());
      case TRACK_ENVOY ->
          "p.track_id in (select t.id from negotiation_track t where t.envoy_username = "
              + bind(subject.username())
              + ")";
      case AGENCY_ROUTED -> routedTo(subject.agency().name());
      case REACHED_DECIDERS -> "p.reached_deciders = true";
    };
  }

  private String trackMember(String username) {
    String user = bind(username);
    return "p.track_id in (select t.id from negotiation_track t where t.envoy_username = "
        + user
        + " or t.id in (select s.track_id from track_staff s where s.username = "
        + user
        + "))";
  }

  private String routedTo(String agency) {
    return "exists (select 1 from proposal_routed_agency ra where ra.proposal_id = p.id"
        + " and ra.agency_code = "
        + bind(agency)
        + ")";
  }

  private static List<String> names(Set<ProposalStatus> statuses) {
    return statuses.stream().map(Enum::name).sorted().toList();
  }
}
