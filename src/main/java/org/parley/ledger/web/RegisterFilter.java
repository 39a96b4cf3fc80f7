package org.parley.ledger.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.ledger.application.InstrumentView;
import org.parley.ledger.domain.InstrumentKind;

/**
 * The filters above the register's table: by kind, tier and status; an empty choice keeps every
 * instrument.
 */
public class RegisterFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The leverage tiers, best first. */
  static final List<Integer> TIERS = List.of(1, 2, 3);

  /** Whether an instrument is in use or retired. */
  public enum Status {
    ACTIVE,
    RETIRED
  }

  private InstrumentKind kind;
  private Integer tier;
  private Status status;

  /**
   * The instruments of {@code register} these filters keep, in the register's order, in a list the
   * table may sort in place.
   */
  public List<InstrumentView> apply(List<InstrumentView> register) {
    return register.stream()
        .filter(instrument -> kind == null || instrument.kind() == kind)
        .filter(instrument -> tier == null || instrument.tier() == tier)
        .filter(instrument -> status == null || statusOf(instrument) == status)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  public static Status statusOf(InstrumentView instrument) {
    return instrument.retired() ? Status.RETIRED : Status.ACTIVE;
  }

  public List<Status> getStatuses() {
    return List.of(Status.values());
  }

  public InstrumentKind getKind() {
    return kind;
  }

  public void setKind(InstrumentKind kind) {
    this.kind = kind;
  }

  public Integer getTier() {
    return tier;
  }

  public void setTier(Integer tier) {
    this.tier = tier;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }
}
