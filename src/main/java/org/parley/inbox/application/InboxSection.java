package org.parley.inbox.application;

import org.parley.access.domain.Permission;

/**
 * The three kinds of work an inbox lists, each one query: the permission of the policy table whose
 * rule (roles, relation, statuses, drafters excluded) selects its proposals.
 */
public enum InboxSection {
  /** Slots of the caller's agency still without a position, in open rounds: TAKE_POSITION. */
  POSITIONS(Permission.TAKE_POSITION),
  /** Drafts on the caller's tracks: ANSWER_COMMENTS or REVISE_DRAFT. */
  DRAFTS(Permission.REVISE),
  /** Proposals awaiting the caller's decision: DECIDE. */
  DECISIONS(Permission.DECIDE);

  private final Permission permission;

  InboxSection(Permission permission) {
    this.permission = permission;
  }

  /** The permission a caller needs on a proposal for it to be in this section. */
  public Permission permission() {
    return permission;
  }
}
