package org.parley.proposal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.parley.access.domain.Visibility;
import org.parley.proposal.domain.NegotiationTrack;
import org.parley.proposal.domain.Proposal;
import org.parley.proposal.domain.ProposalQuery;
import org.parley.proposal.domain.ProposalRepository;
import org.parley.proposal.domain.ProposalVersion;
import org.parley.shared.Agency;
import org.parley.shared.Classification;

@ApplicationScoped
class JpaProposalRepository implements ProposalRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Proposal> find(long id) {
    return Optional.ofNullable(em.find(Proposal.class, id));
  }

  /**
   * Locks the proposal's row first ({@code select id … for update}, no joins), then reads the
   * proposal as the last commit left it. Asking Hibernate to find it with a lock instead would, on
   * PostgreSQL, read the proposal and its eager collections first and lock afterwards ("follow-on
   * locking", which PostgreSQL needs for outer joins): a second command waiting for the lock would
   * then work on what it read before the first one committed.
   */
  @Override
  public Optional<Proposal> findForUpdate(long id) {
    boolean exists =
        !em.createQuery("select p.id from Proposal p where p.id = :id", Long.class)
            .setParameter("id", id)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()
            .isEmpty();
    if (!exists) {
      return Optional.empty();
    }
    Proposal proposal = em.find(Proposal.class, id);
    em.refresh(proposal);
    return Optional.of(proposal);
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
    select.where(criteria(cb, select, proposal, query));
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
    select.select(cb.count(proposal)).where(criteria(cb, select, proposal, query));
    return em.createQuery(select).getSingleResult();
  }

  @Override
  public Set<Long> instrumentsNamedBy(long proposalId) {
    return Set.copyOf(
        em.createQuery(
                "select s.ours.instrumentId from Proposal p join p.phases ph join ph.steps s"
                    + " where p.id = :id and s.ours.instrumentId is not null",
                Long.class)
            .setParameter("id", proposalId)
            .getResultList());
  }

  @Override
  public List<Long> idsRoutedTo(Agency agency) {
    return em.createQuery(
            "select p.id from Proposal p where :agency member of p.routedAgencies", Long.class)
        .setParameter("agency", agency)
        .getResultList();
  }

  @Override
  public boolean namesInstrument(long instrumentId) {
    long drafts =
        em.createQuery(
                "select count(s) from Phase p join p.steps s where s.ours.instrumentId = :id",
                Long.class)
            .setParameter("id", instrumentId)
            .getSingleResult();
    return drafts > 0
        || em.createQuery(
                    "select count(s) from ProposalVersion v join v.steps s"
                        + " where s.step.ours.instrumentId = :id",
                    Long.class)
                .setParameter("id", instrumentId)
                .getSingleResult()
            > 0;
  }

  private static Predicate[] criteria(
      CriteriaBuilder cb, AbstractQuery<?> select, Root<Proposal> proposal, ProposalQuery query) {
    List<Predicate> where = new ArrayList<>();
    where.add(visible(cb, select, proposal, query.visibility()));
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

  /** {@link Visibility} as a predicate: within clearance, and at least one need to know. */
  private static Predicate visible(
      CriteriaBuilder cb, AbstractQuery<?> select, Root<Proposal> proposal, Visibility visibility) {
    if (visibility.nothing()) {
      return cb.disjunction();
    }
    List<Classification> withinClearance =
        Arrays.stream(Classification.values())
            .filter(c -> visibility.clearance().dominates(c))
            .toList();
    List<Predicate> needToKnow = new ArrayList<>();
    if (visibility.everything()) {
      needToKnow.add(cb.conjunction());
    }
    if (visibility.trackMember() != null) {
      Subquery<Long> memberTracks = select.subquery(Long.class);
      Root<NegotiationTrack> track = memberTracks.from(NegotiationTrack.class);
      memberTracks
          .select(track.get("id"))
          .where(
              cb.or(
                  cb.equal(track.get("envoy"), visibility.trackMember()),
                  cb.isMember(visibility.trackMember(), track.<Set<String>>get("staff"))));
      needToKnow.add(proposal.get("trackId").in(memberTracks));
    }
    if (visibility.routedAgency() != null) {
      needToKnow.add(
          cb.isMember(visibility.routedAgency(), proposal.<Set<Agency>>get("routedAgencies")));
    }
    if (visibility.reachedDeciders()) {
      needToKnow.add(cb.isTrue(proposal.get("reachedDeciders")));
    }
    return cb.and(
        proposal.get("classification").in(withinClearance),
        cb.or(needToKnow.toArray(Predicate[]::new)));
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
