package org.parley.ledger.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ledger.application.InstrumentView;
import org.parley.ledger.domain.InstrumentKind;
import org.parley.shared.Agency;
import org.parley.shared.Reversibility;

/** The filters above the register's table on {@code admin/instruments.xhtml}. */
class RegisterFilterTest {

  private static final InstrumentView COAL = view(1, InstrumentKind.UN_SANCTIONS, 1, false);
  private static final InstrumentView BANKS =
      view(5, InstrumentKind.UNILATERAL_SANCTIONS, 1, false);
  private static final InstrumentView TEXTILES = view(3, InstrumentKind.UN_SANCTIONS, 2, false);
  private static final InstrumentView KAESONG =
      view(13, InstrumentKind.ECONOMIC_COOPERATION, 2, true);
  private static final List<InstrumentView> REGISTER = List.of(COAL, BANKS, TEXTILES, KAESONG);

  private static InstrumentView view(long id, InstrumentKind kind, int tier, boolean retired) {
    return new InstrumentView(
        id,
        "Instrument " + id,
        kind,
        tier,
        Reversibility.IRREVERSIBLE,
        Agency.STATE,
        null,
        null,
        null,
        retired,
        0);
  }

  @Test
  void noChoiceKeepsTheWholeRegisterInItsOrder() {
    assertEquals(REGISTER, new RegisterFilter().apply(REGISTER));
  }

  @Test
  void eachChoiceNarrowsAndTheyCombine() {
    RegisterFilter filter = new RegisterFilter();
    filter.setKind(InstrumentKind.UN_SANCTIONS);
    assertEquals(List.of(COAL, TEXTILES), filter.apply(REGISTER));
    filter.setTier(1);
    assertEquals(List.of(COAL), filter.apply(REGISTER));
    filter.setKind(null);
    filter.setTier(null);
    filter.setStatus(RegisterFilter.Status.RETIRED);
    assertEquals(List.of(KAESONG), filter.apply(REGISTER));
    filter.setStatus(RegisterFilter.Status.ACTIVE);
    assertEquals(List.of(COAL, BANKS, TEXTILES), filter.apply(REGISTER));
  }

  @Test
  void theTableMaySortWhatTheFilterKeeps() {
    List<InstrumentView> kept = new RegisterFilter().apply(REGISTER);
    kept.sort((a, b) -> Long.compare(b.id(), a.id()));
    assertEquals(List.of(KAESONG, BANKS, TEXTILES, COAL), kept);
  }
}
