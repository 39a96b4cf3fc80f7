package org.parley.security.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code src/test/resources/hostile/corpus.txt}; its header documents the format. */
final class Corpus {

  private static final Pattern REPEAT = Pattern.compile("@repeat\\((\\d+), (.+)\\)");

  private Corpus() {}

  /**
   * The corpus; {@code -Dhostile.only=category/name,category} keeps only those entries or
   * categories, to rerun a few while working on a finding (the build always runs them all).
   */
  static List<Payload> load() {
    String only = System.getProperty("hostile.only", "");
    if (only.isBlank()) {
      return all();
    }
    List<String> wanted = List.of(only.split(","));
    return all().stream()
        .filter(p -> wanted.contains(p.id()) || wanted.contains(p.category()))
        .toList();
  }

  private static List<Payload> all() {
    try (InputStream in = Corpus.class.getResourceAsStream("/hostile/corpus.txt")) {
      if (in == null) {
        throw new IllegalStateException("hostile/corpus.txt is missing from the test resources");
      }
      List<Payload> payloads = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int equals = line.indexOf(" = ");
        String id = line.substring(0, equals);
        int slash = id.indexOf('/');
        payloads.add(
            new Payload(
                id.substring(0, slash), id.substring(slash + 1), text(line.substring(equals + 3))));
      }
      return List.copyOf(payloads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String written) {
    Matcher repeat = REPEAT.matcher(written);
    if (repeat.matches()) {
      int length = Integer.parseInt(repeat.group(1));
      String unit = unescape(repeat.group(2));
      return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
    return unescape(written);
  }

  private static String unescape(String written) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c != '\\' || i + 1 == written.length()) {
        text.append(c);
        continue;
      }
      char next = written.charAt(++i);
      switch (next) {
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case '0' -> text.append('\0');
        case '\\' -> text.append('\\');
        case 'u' -> {
          text.append((char) Integer.parseInt(written.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> text.append('\\').append(next);
      }
    }
    return text.toString();
  }
}
