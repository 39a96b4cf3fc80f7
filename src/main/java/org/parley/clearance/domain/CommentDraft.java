package org.parley.clearance.domain;

import java.util.Objects;

/** A typed comment as a reviewer writes it, before it is recorded. */
public record CommentDraft(CommentType type, String text) {

  public static final int MAX_TEXT = 4000;

  public CommentDraft {
    Objects.requireNonNull(type);
    Objects.requireNonNull(text);
  }
}
