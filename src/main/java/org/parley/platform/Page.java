package org.parley.platform;

import java.util.List;

/** One page of a list and how many items the whole list has. */
public record Page<T>(List<T> items, long total) {

  public Page {
    items = List.copyOf(items);
  }
}
