package org.parley.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One WildFly process of the provisioned server ({@code target/server}), started with its own base
 * directory, node name and port offset, and stopped either gracefully or with {@code kill -9} of
 * its JVM (SIGKILL: no shutdown hook, no flush, exactly what a crash does to a process).
 */
final class ServerNode {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Path home;
  private final Path baseDir;
  private final String name;
  private final int portOffset;
  private final List<String> options;
  private final Path log;
  private Process process;
  private long logOffset;

  ServerNode(Path home, Path baseDir, String name, int portOffset, List<String> options) {
    this.home = home;
    this.baseDir = baseDir;
    this.name = name;
    this.portOffset = portOffset;
    this.options = List.copyOf(options);
    this.log = baseDir.resolve("log").resolve("console.log");
  }

  /** A base directory of its own for a node: a copy of the provisioned {@code standalone}. */
  static Path copyOfStandalone(Path home, Path target) throws IOException {
    Path source = home.resolve("standalone");
    if (Files.exists(target)) {
      return target;
    }
    try (var paths = Files.walk(source)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path copy = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else if (!path.startsWith(source.resolve("tmp"))
            && !path.startsWith(source.resolve("data"))) {
          Files.copy(path, copy);
        }
      }
    }
    return target;
  }

  String name() {
    return name;
  }

  String baseUrl() {
    return "http://localhost:" + (8080 + portOffset);
  }

  /** Starts the server and waits until it answers {@code /api/health}; the time it took. */
  Duration start(Duration timeout) {
    long started = System.nanoTime();
    logOffset = log.toFile().length();
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/standalone.sh").toString());
    command.add("-Djboss.server.base.dir=" + baseDir);
    command.add("-Djboss.node.name=" + name);
    command.add("-Djboss.socket.binding.port-offset=" + portOffset);
    command.addAll(options);
    try {
      Files.createDirectories(log.getParent());
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitHealthy(timeout);
    return Duration.ofNanos(System.nanoTime() - started);
  }

  boolean isHealthy() {
    try {
      HttpResponse<Void> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + "/api/health"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void awaitHealthy(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException(name + " exited while starting; see " + log);
      }
      if (isHealthy()) {
        return;
      }
      if (startedWithErrors()) {
        throw new IllegalStateException(name + " started with errors; see " + log);
      }
      pause(250);
    }
    throw new IllegalStateException(
        name + " did not become healthy within " + timeout + "; " + log);
  }

  /** Whether WildFly reported this start as "started (with errors)" (WFLYSRV0026). */
  private boolean startedWithErrors() {
    try (var file = new java.io.RandomAccessFile(log.toFile(), "r")) {
      if (file.length() <= logOffset) {
        return false;
      }
      file.seek(logOffset);
      byte[] tail = new byte[(int) Math.min(file.length() - logOffset, 4_000_000)];
      file.readFully(tail);
      return new String(tail, java.nio.charset.StandardCharsets.UTF_8).contains("WFLYSRV0026");
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code kill -9} of the server's JVM (and its start script). */
  void kill() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
  }

  /** A graceful stop (SIGTERM: WildFly shuts down in order). */
  void stop() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    if (!awaitExit(Duration.ofSeconds(60))) {
      kill();
    }
  }

  private boolean awaitExit(Duration timeout) {
    try {
      long deadline = System.nanoTime() + timeout.toNanos();
      for (ProcessHandle child : process.descendants().toList()) {
        long left = Math.max(1, deadline - System.nanoTime());
        child.onExit().get(left, TimeUnit.NANOSECONDS);
      }
      boolean exited =
          process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (exited) {
        process = null;
      }
      return exited;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      return false;
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
