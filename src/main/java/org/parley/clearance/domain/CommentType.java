package org.parley.clearance.domain;

/** How much a reviewer's comment weighs. */
public enum CommentType {
  CRITICAL,
  MAJOR,
  SUBSTANTIVE,
  ADMINISTRATIVE
}
