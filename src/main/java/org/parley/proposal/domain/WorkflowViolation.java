package org.parley.proposal.domain;

import org.parley.shared.ConflictException;

/** An action the proposal's status, or its content, does not allow now. */
public class WorkflowViolation extends ConflictException {

  private static final long serialVersionUID = 1L;

  public WorkflowViolation(String message) {
    super(message);
  }
}
