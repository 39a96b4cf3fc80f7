package org.parley.clearance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.parley.shared.Agency;

/**
 * "A proposal whose ledger has {@code criterion = value} must be cleared by {@code agency}." Data,
 * kept by the administrator; the seeded defaults come from the routing issue (V0009).
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_rule_seq")
  @SequenceGenerator(
      name = "routing_rule_seq",
      sequenceName = "routing_rule_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private RoutingCriterion criterion;

  @Column(name = "criterion_value", nullable = false, length = 32)
  private String value;

  @Enumerated(EnumType.STRING)
  @Column(name = "agency_code", nullable = false, length = 16)
  private Agency agency;

  protected RoutingRule() {}

  public RoutingRule(RoutingCriterion criterion, String value, Agency agency) {
    this.criterion = Objects.requireNonNull(criterion);
    this.value = Objects.requireNonNull(value);
    this.agency = Objects.requireNonNull(agency);
  }

  /** Whether the ledger described by {@code facts} matches this rule. */
  public boolean matches(RoutingFacts facts) {
    return switch (criterion) {
      case OUR_CATEGORY -> facts.ourCategories().contains(value);
      case THEIR_CATEGORY -> facts.theirCategories().contains(value);
      case VERIFICATION -> facts.verifications().contains(value);
    };
  }

  public Long getId() {
    return id;
  }

  public RoutingCriterion getCriterion() {
    return criterion;
  }

  public String getValue() {
    return value;
  }

  public Agency getAgency() {
    return agency;
  }
}
