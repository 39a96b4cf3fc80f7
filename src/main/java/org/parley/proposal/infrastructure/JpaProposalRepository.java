package org.parley.proposal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.parley.proposal.domain.Proposal;
import org.parley.proposal.domain.ProposalQuery;
import org.parley.proposal.domain.ProposalRepository;
import org.parley.proposal.domain.ProposalVersion;
import org.parley.shared.Classification;

@ApplicationScoped
class JpaProposalRepository implements ProposalRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Proposal> find(long id) {
    return Optional.ofNullable(em.find(Proposal.class, id));
  }

  @Override
  public Optional<Proposal> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(Proposal proposal) {
    em.persist(proposal);
    em.flush();
  }

  @Override
  public void add(ProposalVersion version) {
    em.persist(version);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<ProposalVersion> findVersion(long proposalId, int number) {
    return em.createQuery(
            "select v from ProposalVersion v where v.proposalId = :proposal and v.number = :number",
            ProposalVersion.class)
        .setParameter("proposal", proposalId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long nextReferenceNumber() {
    // The dialect writes "next value" the way this database spells it (H2 and PostgreSQL differ).
    String sql =
        em.getEntityManagerFactory()
            .unwrap(SessionFactoryImplementor.class)
            .getJdbcServices()
            .getDialect()
            .getSequenceSupport()
            .getSequenceNextValString("proposal_reference_seq");
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  @Override
  public List<Proposal> search(ProposalQuery query, int first, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Proposal> select = cb.createQuery(Proposal.class);
    Root<Proposal> proposal = select.from(Proposal.class);
    select.where(criteria(cb, proposal, query));
    Expression<?> column = proposal.get(sortAttribute(query.sort()));
    select.orderBy(
        query.descending() ? cb.desc(column) : cb.asc(column), cb.asc(proposal.get("id")));
    TypedQuery<Proposal> typed = em.createQuery(select).setFirstResult(first).setMaxResults(size);
    return typed.getResultList();
  }

  @Override
  public long count(ProposalQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> select = cb.createQuery(Long.class);
    Root<Proposal> proposal = select.from(Proposal.class);
    select.select(cb.count(proposal)).where(criteria(cb, proposal, query));
    return em.createQuery(select).getSingleResult();
  }

  private static Predicate[] criteria(
      CriteriaBuilder cb, Root<Proposal> proposal, ProposalQuery query) {
    List<Predicate> where = new ArrayList<>();
    List<Classification> visible =
        Arrays.stream(Classification.values())
            .filter(c -> query.maxClassification().dominates(c))
            .toList();
    where.add(proposal.get("classification").in(visible));
    if (query.status() != null) {
      where.add(cb.equal(proposal.get("status"), query.status()));
    }
    if (query.trackId() != null) {
      where.add(cb.equal(proposal.get("trackId"), query.trackId()));
    }
    if (query.ids() != null) {
      where.add(query.ids().isEmpty() ? cb.disjunction() : proposal.get("id").in(query.ids()));
    }
    if (query.text() != null && !query.text().isBlank()) {
      String pattern = "%" + escape(query.text().trim().toLowerCase(Locale.ROOT)) + "%";
      where.add(
          cb.or(
              cb.like(cb.lower(proposal.get("reference")), pattern, '\\'),
              cb.like(cb.lower(proposal.get("title")), pattern, '\\')));
    }
    return where.toArray(Predicate[]::new);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String sortAttribute(ProposalQuery.Sort sort) {
    return switch (sort == null ? ProposalQuery.Sort.UPDATED_AT : sort) {
      case REFERENCE -> "reference";
      case TITLE -> "title";
      case STATUS -> "status";
      case UPDATED_AT -> "updatedAt";
    };
  }
}
