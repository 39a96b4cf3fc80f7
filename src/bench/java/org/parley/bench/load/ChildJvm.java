package org.parley.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@link HttpLoad#main} in a child JVM that opens {@code java.lang} to Gatling, with this
 * JVM's class path and its {@code bench.*} and {@code gatling.*} system properties; its output goes
 * to this JVM's console.
 */
final class ChildJvm {

  static final String ADD_OPENS = "--add-opens=java.base/java.lang=ALL-UNNAMED";

  private ChildJvm() {}

  static Map<String, Object> run(URI baseUrl, Path workDir) {
    try {
      Files.createDirectories(workDir);
      Path figures = workDir.resolve("http-load.json");
      Files.deleteIfExists(figures);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add(ADD_OPENS);
      command.add(System.getProperty("bench.load.jvm.heap", "-Xmx768m"));
      System.getProperties().stringPropertyNames().stream()
          .filter(name -> name.startsWith("bench.") || name.startsWith("gatling."))
          .sorted()
          .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
      command.add("-Dbench.load.dir=" + workDir.toAbsolutePath());
      command.add("-cp");
      command.add(classPath());
      command.add(HttpLoad.class.getName());
      command.add(baseUrl.toString());
      command.add(figures.toAbsolutePath().toString());
      int status = new ProcessBuilder(command).inheritIO().start().waitFor();
      if (status != 0 || !Files.exists(figures)) {
        throw new IllegalStateException("The load generator's JVM ended with status " + status);
      }
      return read(Files.readString(figures));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The figures {@link HttpLoad#toJson} wrote, with numbers as Long or Double. */
  static Map<String, Object> read(String json) {
    JsonObject object;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      object = reader.readObject();
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    object.forEach(
        (key, value) -> {
          if (value instanceof JsonNumber number) {
            figures.put(
                key, number.isIntegral() ? (Object) number.longValue() : number.doubleValue());
          } else if (value instanceof JsonString text) {
            figures.put(key, text.getString());
          } else if (value == JsonValue.NULL) {
            figures.put(key, Double.NaN);
          } else {
            figures.put(key, value.toString());
          }
        });
    return figures;
  }

  /**
   * This JVM's class path, plus the entries of any URL class loader between the system class loader
   * and the one that loaded this class (exec:java and test runners load the project that way).
   */
  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (ClassLoader loader = HttpLoad.class.getClassLoader();
        loader != null;
        loader = loader.getParent()) {
      if (loader instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          try {
            entries.add(Path.of(url.toURI()).toString());
          } catch (URISyntaxException | IllegalArgumentException notAFile) {
            // Not a file on this machine: nothing a child JVM could load.
          }
        }
      }
    }
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
