package org.parley.inbox.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.query.NativeQuery;
import org.parley.access.domain.Subject;
import org.parley.inbox.application.InboxItem;
import org.parley.inbox.application.InboxQueries;
import org.parley.inbox.application.InboxSection;
import org.parley.inbox.application.SectionTotal;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;

/**
 * The inbox sections in native SQL (they join the proposal and clearance tables, which belong to
 * two features), portable between H2 and PostgreSQL, selecting only an item's columns. The indexes
 * they use are in {@code V0023__add_inbox_indexes.sql}.
 */
@ApplicationScoped
class JpaInboxQueries implements InboxQueries {

  private static final String ITEM_COLUMNS =
      "p.id as id, p.reference as reference, p.title as title, p.status as status,"
          + " p.classification as classification";

  /** A draft's latest round left a comment unanswered. */
  private static final String COMMENTS_OPEN =
      "case when exists (select 1 from clearance_round r"
          + " join agency_review a on a.round_id = r.id"
          + " join review_comment c on c.review_id = a.id"
          + " where r.proposal_id = p.id and c.accepted is null"
          + " and r.version_number = (select max(l.version_number) from clearance_round l"
          + " where l.proposal_id = p.id)) then 1 else 0 end as comments_open";

  @PersistenceContext private EntityManager em;

  JpaInboxQueries() {}

  /** Over {@code em}, outside the server (tests). */
  JpaInboxQueries(EntityManager em) {
    this.em = em;
  }

  @Override
  public SectionTotal count(InboxSection section, Subject caller) {
    PolicySql policy = new PolicySql(caller);
    return from(section, caller, policy)
        .map(
            from -> {
              Object[] row =
                  (Object[])
                      bound(
                              em.createNativeQuery("select count(*), max(" + rank() + ") " + from),
                              policy)
                          .getSingleResult();
              long count = ((Number) row[0]).longValue();
              return count == 0
                  ? SectionTotal.EMPTY
                  : new SectionTotal(count, Classification.values()[((Number) row[1]).intValue()]);
            })
        .orElse(SectionTotal.EMPTY);
  }

  @Override
  public List<InboxItem> items(InboxSection section, Subject caller, int offset, int limit) {
    PolicySql policy = new PolicySql(caller);
    Optional<String> from = from(section, caller, policy);
    if (from.isEmpty() || limit <= 0) {
      return List.of();
    }
    String sql =
        switch (section) {
          case POSITIONS ->
              "select "
                  + ITEM_COLUMNS
                  + ", r.due_at as due_at, a.overdue_since as overdue_since "
                  + from.get()
                  + " order by r.due_at, p.reference, p.id";
          case DRAFTS ->
              "select "
                  + ITEM_COLUMNS
                  + ", "
                  + COMMENTS_OPEN
                  + " "
                  + from.get()
                  + " order by p.reference, p.id";
          case DECISIONS ->
              "select " + ITEM_COLUMNS + " " + from.get() + " order by p.reference, p.id";
        };
    @SuppressWarnings("unchecked")
    NativeQuery<Object[]> query =
        bound(em.createNativeQuery(sql), policy).unwrap(NativeQuery.class);
    query
        .addScalar("id", Long.class)
        .addScalar("reference", String.class)
        .addScalar("title", String.class)
        .addScalar("status", String.class)
        .addScalar("classification", String.class);
    switch (section) {
      case POSITIONS ->
          query.addScalar("due_at", Instant.class).addScalar("overdue_since", Instant.class);
      case DRAFTS -> query.addScalar("comments_open", Integer.class);
      case DECISIONS -> {}
    }
    query.setFirstResult(offset).setMaxResults(limit);
    return query.getResultList().stream().map(row -> item(section, caller, row)).toList();
  }

  /** The section's {@code from … where …}, or empty when it cannot hold anything for the caller. */
  private static Optional<String> from(InboxSection section, Subject caller, PolicySql policy) {
    Optional<String> permits = policy.permits(section.permission());
    if (permits.isEmpty()) {
      return Optional.empty();
    }
    return switch (section) {
      case POSITIONS -> {
        if (caller.agency() == null) {
          yield Optional.empty();
        }
        yield Optional.of(
            "from agency_review a join clearance_round r on r.id = a.round_id"
                + " join proposal p on p.id = r.proposal_id"
                + " where a.agency_code = "
                + policy.bind(caller.agency().name())
                + " and a.position is null and r.closed_at is null and "
                + permits.get());
      }
      case DRAFTS, DECISIONS -> Optional.of("from proposal p where " + permits.get());
    };
  }

  /** A classification as its rank on the scale, so that {@code max} finds the highest. */
  private static String rank() {
    return Stream.of(Classification.values())
        .map(c -> "when '" + c.name() + "' then " + c.ordinal())
        .collect(Collectors.joining(" ", "case p.classification ", " end"));
  }

  private static Query bound(Query query, PolicySql policy) {
    policy.parameters().forEach(query::setParameter);
    return query;
  }

  private static InboxItem item(InboxSection section, Subject caller, Object[] row) {
    String task =
        switch (section) {
          case POSITIONS -> "TAKE_POSITION";
          case DRAFTS -> ((Number) row[5]).intValue() == 1 ? "ANSWER_COMMENTS" : "REVISE_DRAFT";
          case DECISIONS -> "DECIDE";
        };
    boolean position = section == InboxSection.POSITIONS;
    Agency agency = position ? caller.agency() : null;
    return new InboxItem(
        (Long) row[0],
        (String) row[1],
        (String) row[2],
        ProposalStatus.valueOf((String) row[3]),
        task,
        agency,
        position ? (Instant) row[5] : null,
        Classification.valueOf((String) row[4]),
        position ? (Instant) row[6] : null);
  }
}
