package org.parley.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * HAProxy with {@code deploy/cluster/haproxy.cfg} in front of two nodes, as an operator runs it:
 * sticky sessions by its cookie {@code PARLEY_NODE}, a dead node's users sent to the other.
 */
final class Balancer {

  private final Process process;

  private Balancer(Process process) {
    this.process = process;
  }

  static Balancer start(Path config, int port, ServerNode first, ServerNode second, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder("haproxy", "-db", "-f", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    env.put("PARLEY_LB_BIND", "127.0.0.1:" + port);
    env.put("PARLEY_NODE1", first.baseUrl().replace("http://localhost", "127.0.0.1"));
    env.put("PARLEY_NODE2", second.baseUrl().replace("http://localhost", "127.0.0.1"));
    try {
      Process process = builder.start();
      ServerNode.pause(1_000);
      if (!process.isAlive()) {
        throw new IllegalStateException("HAProxy exited at once; see " + log);
      }
      return new Balancer(process);
    } catch (IOException e) {
      throw new UncheckedIOException("HAProxy could not start (apt-get install haproxy)", e);
    }
  }

  void stop() {
    process.destroy();
  }
}
