package org.parley.clearance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.clearance.domain.ClearanceRepository;
import org.parley.clearance.domain.ClearanceRound;
import org.parley.clearance.domain.RoutingCriterion;
import org.parley.clearance.domain.RoutingRule;
import org.parley.shared.Agency;
import org.parley.shared.ConflictException;
import org.parley.shared.InvalidInputException;
import org.parley.shared.NotFoundException;

class RoutingRuleServiceTest {

  private final InMemoryRules repository = new InMemoryRules();
  private final RoutingRuleService service = new RoutingRuleService(repository);

  @Test
  void addedRuleIsListed() {
    RoutingRuleView added =
        service.add(RoutingCriterion.THEIR_CATEGORY, "REPATRIATION", Agency.NSC);

    assertEquals(List.of(added), service.rules());
    assertEquals(RoutingCriterion.THEIR_CATEGORY, added.criterion());
    assertEquals("REPATRIATION", added.value());
    assertEquals(Agency.NSC, added.agency());
  }

  @Test
  void sameValueMayRouteToSeveralAgencies() {
    service.add(RoutingCriterion.OUR_CATEGORY, "SANCTIONS_RELIEF", Agency.TREASURY);
    service.add(RoutingCriterion.OUR_CATEGORY, "SANCTIONS_RELIEF", Agency.NSC);

    assertEquals(2, service.rules().size());
  }

  @Test
  void duplicateRuleIsRefusedAndNothingIsAdded() {
    service.add(RoutingCriterion.VERIFICATION, "IAEA_INSPECTION", Agency.IC);

    assertThrows(
        ConflictException.class,
        () -> service.add(RoutingCriterion.VERIFICATION, "IAEA_INSPECTION", Agency.IC));
    assertEquals(1, service.rules().size());
  }

  @Test
  void valueOfAnotherCriterionIsRefusedNamingTheValueField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> service.add(RoutingCriterion.OUR_CATEGORY, "FREEZE", Agency.ENERGY));

    assertEquals("value", refused.getField());
    assertTrue(service.rules().isEmpty());
  }

  @Test
  void missingPartsAreRefusedNamingTheirField() {
    assertEquals(
        "criterion",
        assertThrows(InvalidInputException.class, () -> service.add(null, "FREEZE", Agency.ENERGY))
            .getField());
    assertEquals(
        "value",
        assertThrows(
                InvalidInputException.class,
                () -> service.add(RoutingCriterion.THEIR_CATEGORY, null, Agency.ENERGY))
            .getField());
    assertEquals(
        "agency",
        assertThrows(
                InvalidInputException.class,
                () -> service.add(RoutingCriterion.THEIR_CATEGORY, "FREEZE", null))
            .getField());
    assertTrue(service.rules().isEmpty());
  }

  @Test
  void ruleForStateIsRefusedBecauseStateClearsEverything() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> service.add(RoutingCriterion.THEIR_CATEGORY, "FREEZE", Agency.STATE));

    assertEquals("agency", refused.getField());
    assertTrue(service.rules().isEmpty());
  }

  @Test
  void removedRuleIsGone() {
    RoutingRuleView kept = service.add(RoutingCriterion.THEIR_CATEGORY, "FREEZE", Agency.ENERGY);
    RoutingRuleView removed =
        service.add(RoutingCriterion.THEIR_CATEGORY, "MISSILE_LIMIT", Agency.DEFENSE);

    service.remove(removed.id());

    assertEquals(List.of(kept), service.rules());
  }

  @Test
  void removingAMissingRuleIsNotFound() {
    assertThrows(NotFoundException.class, () -> service.remove(42));
  }

  @Test
  void everyAgencyButStateIsOfferedForRules() {
    assertEquals(
        List.of(Agency.DEFENSE, Agency.ENERGY, Agency.TREASURY, Agency.IC, Agency.NSC),
        service.agencies());
  }

  @ParameterizedTest
  @EnumSource(RoutingCriterion.class)
  void everyCriterionOffersTheConstantsOfItsLedgerField(RoutingCriterion criterion) {
    List<String> values = service.values(criterion);

    assertTrue(!values.isEmpty());
    String expected =
        switch (criterion) {
          case OUR_CATEGORY -> "SANCTIONS_RELIEF";
          case THEIR_CATEGORY -> "FREEZE";
          case VERIFICATION -> "IAEA_INSPECTION";
        };
    assertTrue(values.contains(expected), values.toString());
  }

  /** The routing-rule half of the clearance repository, in memory. */
  private static final class InMemoryRules implements ClearanceRepository {

    private final List<RoutingRule> rules = new ArrayList<>();
    private long nextId = 1;

    @Override
    public List<RoutingRule> routingRules() {
      return rules.stream()
          .sorted(
              Comparator.comparing(RoutingRule::getCriterion)
                  .thenComparing(RoutingRule::getValue)
                  .thenComparing(RoutingRule::getAgency))
          .toList();
    }

    @Override
    public Optional<RoutingRule> findRule(long id) {
      return rules.stream().filter(rule -> rule.getId() == id).findFirst();
    }

    @Override
    public void add(RoutingRule rule) {
      try {
        Field id = RoutingRule.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(rule, nextId++);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      rules.add(rule);
    }

    @Override
    public void remove(RoutingRule rule) {
      rules.remove(rule);
    }

    @Override
    public void flush() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(ClearanceRound round) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ClearanceRound> findLatest(long proposalId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ClearanceRound> findLatestForUpdate(long proposalId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> proposalIdsRoutedTo(Agency agency) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ClearanceRound> findWithUnmarkedOverdueSlots(Instant now, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void refreshForUpdate(ClearanceRound round) {
      throw new UnsupportedOperationException();
    }
  }
}
