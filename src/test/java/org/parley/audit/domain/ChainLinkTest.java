package org.parley.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChainLinkTest {

  private static final String HASH = "0123456789abcdef".repeat(4);

  @Test
  void theGenesisLinkIsPositionZeroWithSixtyFourZeros() {
    assertEquals(0, ChainLink.GENESIS.position());
    assertEquals("0".repeat(64), ChainLink.GENESIS.hash());
    assertEquals(1, ChainLink.GENESIS.next());
  }

  @Test
  void aLinkIsWrittenAsPositionColonHashAndReadBack() {
    ChainLink link = new ChainLink(42, HASH);

    assertEquals("42:" + HASH, link.format());
    assertEquals(Optional.of(link), ChainLink.parse(link.format()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "42",
        ":0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "0:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "-1:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "x:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "42:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef",
        "42:0123456789abcdef",
        "42:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0"
      })
  void anythingElseIsNoAnchor(String text) {
    assertEquals(Optional.empty(), ChainLink.parse(text));
  }

  @Test
  void aLinkNeedsAPositionAndAWellFormedHash() {
    assertThrows(IllegalArgumentException.class, () -> new ChainLink(-1, HASH));
    assertThrows(IllegalArgumentException.class, () -> new ChainLink(1, HASH.toUpperCase()));
    assertThrows(IllegalArgumentException.class, () -> new ChainLink(1, null));
  }
}
