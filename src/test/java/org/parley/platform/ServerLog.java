package org.parley.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The server log of the verify run's server (system property {@code parley.server.log}), for ITs
 * that check what the server wrote about a request.
 */
final class ServerLog {

  private static final Path FILE =
      Path.of(System.getProperty("parley.server.log", "target/server/standalone/log/server.log"));

  /** A new log record starts with a time stamp; stack frames and causes do not. */
  private static final Pattern RECORD_START =
      Pattern.compile("^\\S*(\\d{4}-\\d{2}-\\d{2} )?\\S*\\d{2}:\\d{2}:\\d{2},\\d{3} +[A-Z]+ .*");

  private ServerLog() {}

  /**
   * The log record (message and stack trace) of incident {@code id}, waiting up to 10 s for the
   * server to write it.
   */
  static Optional<String> incident(String id) {
    for (int attempt = 0; attempt < 50; attempt++) {
      Optional<String> record = find("Incident " + id + ":");
      if (record.isPresent()) {
        return record;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<String> find(String marker) {
    if (!Files.exists(FILE)) {
      return Optional.empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        StringBuilder record = new StringBuilder(lines.get(i));
        for (int j = i + 1;
            j < lines.size() && !RECORD_START.matcher(lines.get(j)).matches();
            j++) {
          record.append('\n').append(lines.get(j));
        }
        return Optional.of(record.toString());
      }
    }
    return Optional.empty();
  }
}
