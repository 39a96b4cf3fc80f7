package org.parley.bench.server;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live HTTP sessions of the benchmark WAR, and what they weigh: the bytes of their attributes
 * serialized as a cluster would replicate them (Java serialization, one stream per attribute).
 */
@WebListener
public class SessionRegistry implements HttpSessionListener {

  private static final Set<HttpSession> SESSIONS = ConcurrentHashMap.newKeySet();

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    SESSIONS.add(event.getSession());
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    SESSIONS.remove(event.getSession());
  }

  /** The size of every live session with at least one attribute. */
  static Sizes measure() {
    long total = 0;
    long max = 0;
    int counted = 0;
    Set<String> unserializable = Collections.synchronizedSet(new TreeSet<>());
    for (HttpSession session : SESSIONS) {
      long bytes = 0;
      int attributes = 0;
      try {
        for (String name : Collections.list(session.getAttributeNames())) {
          Object value = session.getAttribute(name);
          if (value != null) {
            attributes++;
            bytes += serializedSize(name, value, unserializable);
          }
        }
      } catch (IllegalStateException invalidated) {
        continue;
      }
      if (attributes > 0) {
        counted++;
        total += bytes;
        max = Math.max(max, bytes);
      }
    }
    return new Sizes(
        SESSIONS.size(), counted, counted == 0 ? 0 : total / counted, max, unserializable);
  }

  /** Invalidates every live session: a clean start for a measurement. */
  static int invalidateAll() {
    int invalidated = 0;
    for (HttpSession session : SESSIONS) {
      try {
        session.invalidate();
        invalidated++;
      } catch (IllegalStateException already) {
        // ended meanwhile
      }
      SESSIONS.remove(session);
    }
    return invalidated;
  }

  private static long serializedSize(String name, Object value, Set<String> unserializable) {
    CountingStream counter = new CountingStream();
    try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
      out.writeObject(value);
    } catch (IOException notSerializable) {
      unserializable.add(name + ": " + notSerializable);
    }
    return counter.count;
  }

  /** The live sessions, those with attributes, their mean and largest size in bytes. */
  record Sizes(int live, int measured, long meanBytes, long maxBytes, Set<String> unserializable) {}

  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
