package org.parley.clearance.domain;

import org.parley.shared.ConflictException;

/** A clearance action the round's state does not allow: closed, or already answered. */
public class ClearanceViolation extends ConflictException {

  private static final long serialVersionUID = 1L;

  public ClearanceViolation(String message) {
    super(message);
  }
}
