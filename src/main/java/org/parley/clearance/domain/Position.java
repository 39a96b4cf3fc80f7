package org.parley.clearance.domain;

/** An agency's answer on a proposal version. */
public enum Position {
  CONCUR(false),
  CONCUR_WITH_COMMENTS(true),
  /** A dissent: it travels with the proposal to the deciders. */
  NON_CONCUR(true),
  /** Sends the proposal back to the drafters once the round closes. */
  CHANGES_REQUESTED(true);

  private final boolean needsComment;

  Position(boolean needsComment) {
    this.needsComment = needsComment;
  }

  public boolean needsComment() {
    return needsComment;
  }
}
