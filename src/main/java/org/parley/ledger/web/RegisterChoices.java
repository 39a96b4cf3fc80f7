package org.parley.ledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.parley.ledger.domain.InstrumentKind;
import org.parley.shared.Agency;
import org.parley.shared.Reversibility;

/**
 * What the leverage register's filters and dialog offer ({@code admin/instruments.xhtml}): the same
 * for everyone, in the order of the vocabulary.
 */
@Named
@ApplicationScoped
public class RegisterChoices {

  public List<InstrumentKind> getKinds() {
    return List.of(InstrumentKind.values());
  }

  public List<Reversibility> getReversibilities() {
    return List.of(Reversibility.values());
  }

  public List<Agency> getAgencies() {
    return List.of(Agency.values());
  }

  public List<Integer> getTiers() {
    return RegisterFilter.TIERS;
  }
}
