package org.parley.proposal.domain;

import java.util.List;
import java.util.Objects;

/** A phase as drafted: its title and its reciprocal steps in order. */
public record PhaseContent(String title, List<ReciprocalStep> steps) {

  public static final int MAX_TITLE = 200;

  public PhaseContent {
    Objects.requireNonNull(title);
    steps = List.copyOf(steps);
  }
}
