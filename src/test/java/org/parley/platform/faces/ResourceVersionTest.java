package org.parley.platform.faces;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResourceVersionTest {

  @Test
  void theBuildWroteItsStampIntoBuildProperties() {
    String stamp = new ResourceVersion().getValue();

    assertTrue(stamp.matches("\\d{14}"), stamp);
  }
}
