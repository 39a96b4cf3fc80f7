package org.parley.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VerifyAuditChainTest {

  @Test
  void anH2FileDatabaseIsOpenedReadOnlyAndNeverCreated() {
    assertEquals(
        "jdbc:h2:file:/srv/parley/parley;IFEXISTS=TRUE;ACCESS_MODE_DATA=r",
        VerifyAuditChain.readOnly("jdbc:h2:file:/srv/parley/parley"));
    assertEquals(
        "jdbc:h2:file:/srv/parley/parley;ifexists=false;ACCESS_MODE_DATA=r",
        VerifyAuditChain.readOnly("jdbc:h2:file:/srv/parley/parley;ifexists=false"));
    assertEquals(
        "jdbc:postgresql://db/parley", VerifyAuditChain.readOnly("jdbc:postgresql://db/parley"));
  }

  @Test
  void aWrongCommandLineExitsWithTwoAndTheUsage() {
    for (String[] args :
        new String[][] {
          {}, {"jdbc:h2:mem:x", "sa", "extra"}, {"jdbc:h2:mem:x", "--anchor", "latest"}
        }) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status =
          VerifyAuditChain.run(
              args,
              "",
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));

      assertEquals(VerifyAuditChain.FAILED, status);
      assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Usage: "));
    }
  }

  @Test
  void anUnreachableDatabaseExitsWithTwo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);

    int status = VerifyAuditChain.run(new String[] {"jdbc:nosuchdriver:x"}, "", stream, stream);

    assertEquals(VerifyAuditChain.FAILED, status);
  }
}
