package org.parley.inbox.infrastructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.access.domain.Permission;
import org.parley.access.domain.Relation;
import org.parley.access.domain.Subject;
import org.parley.access.domain.Visibility;
import org.parley.identity.domain.Role;
import org.parley.proposal.domain.ProposalStatus;
import org.parley.shared.Classification;

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
    List<String> relations = relations(permission);
    if (visibility.nothing() || relations.isEmpty()) {
      return Optional.empty();
    }
    List<String> where = new ArrayList<>();
    where.add(visible(visibility));
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

  private String visible(Visibility visibility) {
    List<String> withinClearance =
        Arrays.stream(Classification.values())
            .filter(c -> visibility.clearance().dominates(c))
            .map(Enum::name)
            .toList();
    List<String> needToKnow = new ArrayList<>();
    if (visibility.everything()) {
      needToKnow.add("1 = 1");
    }
    if (visibility.trackMember() != null) {
      needToKnow.add(trackMember(visibility.trackMember()));
    }
    if (visibility.routedAgency() != null) {
      needToKnow.add(routedTo(visibility.routedAgency().name()));
    }
    if (visibility.reachedDeciders()) {
      needToKnow.add("p.reached_deciders = true");
    }
    return "p.classification in (" + bind(withinClearance) + ") and " + or(needToKnow);
  }

  /** Each role of the subject that grants the permission, as the relation it needs. */
  private List<String> relations(Permission permission) {
    List<String> relations = new ArrayList<>();
    for (Role role : subject.roles()) {
      Relation relation = permission.grants().get(role);
      if (relation != null) {
        relation(relation).ifPresent(relations::add);
      }
    }
    return relations.stream().distinct().toList();
  }

  private Optional<String> relation(Relation relation) {
    return switch (relation) {
      case ANY -> Optional.of("1 = 1");
      case TRACK_MEMBER -> Optional.of(trackMember(subject.username()));
      case TRACK_ENVOY ->
          Optional.of(
              "p.track_id in (select t.id from negotiation_track t where t.envoy_username = "
                  + bind(subject.username())
                  + ")");
      case AGENCY_ROUTED ->
          Optional.ofNullable(subject.agency()).map(agency -> routedTo(agency.name()));
      case REACHED_DECIDERS -> Optional.of("p.reached_deciders = true");
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

  private static String or(List<String> conditions) {
    return conditions.size() == 1 ? conditions.get(0) : "(" + String.join(" or ", conditions) + ")";
  }

  private static List<String> names(Set<ProposalStatus> statuses) {
    return statuses.stream().map(Enum::name).sorted().toList();
  }
}
