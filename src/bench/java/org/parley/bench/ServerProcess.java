package org.parley.bench;

import java.io.IOException;
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
 * The provisioned benchmark server as a child process: started with the demo users, its data
 * directory and port offset; ready when {@code /api/health} answers 200 (the WAR deployed, the
 * database migrated and reachable); stopped by ending its processes, gracefully first.
 */
final class ServerProcess implements AutoCloseable {

  private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(5);

  private final Process process;
  private final long startedNanos;

  /** The server's processes as seen when it became ready: stopped even if the script has ended. */
  private List<ProcessHandle> serverProcesses = List.of();

  private ServerProcess(Process process, long startedNanos) {
    this.process = process;
    this.startedNanos = startedNanos;
  }

  /** Starts the server; refuses when something already answers on its port. */
  static ServerProcess start(BenchConfig config, Path log) throws IOException {
    if (health(config.baseUrl()) >= 0) {
      throw new IllegalStateException(
          "Something already answers at "
              + config.baseUrl()
              + ": stop it, or choose another -Dparley.port.offset and -Dparley.http.port.");
    }
    Files.createDirectories(config.dataDir());
    List<String> command = new ArrayList<>();
    command.add(config.serverDir().resolve("bin/standalone.sh").toString());
    command.add("-Dparley.demo=true");
    command.add("-Dparley.data.dir=" + config.dataDir().toAbsolutePath());
    command.add("-Djboss.socket.binding.port-offset=" + config.portOffset());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder
        .environment()
        .put(
            "JAVA_OPTS",
            "-Xms256m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=384m"
                + " -Djava.net.preferIPv4Stack=true");
    long started = System.nanoTime();
    return new ServerProcess(builder.start(), started);
  }

  /** Waits until the server is ready; the seconds from process start to ready. */
  double awaitReady(URI baseUrl) {
    long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server ended during boot; see its log.");
      }
      if (health(baseUrl) == 200) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        serverProcesses = process.descendants().toList();
        return seconds;
      }
      sleep(100);
    }
    throw new IllegalStateException("The server was not ready within " + BOOT_TIMEOUT + ".");
  }

  /**
   * The CPU time the server's processes have used so far, in milliseconds: with the work done
   * meanwhile, what the work costs whatever else the machine runs.
   */
  Long cpuMillis() {
    long total = 0;
    for (ProcessHandle handle :
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(process.toHandle()), process.descendants())
            .toList()) {
      // A process that has just ended, or a short-lived helper, may not tell: it counts nothing.
      total += handle.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }
    return total;
  }

  /** The status of {@code /api/health}, -1 when nothing answers. */
  static int health(URI baseUrl) {
    try {
      HttpResponse<Void> answer =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .build()
              .send(
                  HttpRequest.newBuilder(baseUrl.resolve("/api/health"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return answer.statusCode();
    } catch (IOException unreachable) {
      return -1;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Ends the server: the JVM first (SIGTERM, WildFly shuts down gracefully), then the script. */
  @Override
  public void close() {
    // The JVM is the script's child; remembered too, should the script have ended before it.
    List<ProcessHandle> children =
        java.util.stream.Stream.concat(serverProcesses.stream(), process.descendants())
            .filter(ProcessHandle::isAlive)
            .distinct()
            .toList();
    children.forEach(ProcessHandle::destroy);
    process.destroy();
    for (ProcessHandle child : children) {
      try {
        child.onExit().get(60, TimeUnit.SECONDS);
      } catch (Exception stillRunning) {
        child.destroyForcibly();
      }
    }
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException interrupted) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
