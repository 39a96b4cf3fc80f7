package org.parley.identity.application;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * A small in-memory cache of credentials verified recently, so that an API client sending HTTP
 * Basic on every request pays the PBKDF2 cost once every {@code ttl} rather than on every call
 * (docs/adr/0010).
 *
 * <p>No password is kept: an entry holds the HMAC-SHA256 of the submitted name and password under a
 * key drawn at random when the cache is made (so per boot and per node), and the result the
 * identity store gave. A credential is served from the cache only when its HMAC matches
 * (constant-time comparison) and the entry has not expired. There is one entry per {@linkplain
 * org.parley.identity.domain.SignInName name key}, so that the entry can be dropped when that name
 * fails, is locked, or its account changes. At most {@code capacity} entries, the least recently
 * used going first. Thread-safe.
 */
final class CredentialCache {

  private static final String HMAC = "HmacSHA256";

  private final Clock clock;
  private final Duration ttl;
  private final SecretKey key;
  private final Map<String, Entry> entries;

  CredentialCache(Clock clock, Duration ttl, int capacity) {
    this.clock = clock;
    this.ttl = ttl;
    this.key = newKey();
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * The result remembered for exactly this name and password, if it was verified less than {@code
   * ttl} ago and nothing dropped it since.
   */
  Optional<CredentialValidationResult> lookup(String nameKey, String caller, char[] password) {
    byte[] mac = mac(caller, password);
    synchronized (entries) {
      Entry entry = entries.get(nameKey);
      if (entry == null) {
        return Optional.empty();
      }
      if (!clock.instant().isBefore(entry.expiresAt())) {
        entries.remove(nameKey);
        return Optional.empty();
      }
      return MessageDigest.isEqual(entry.mac(), mac)
          ? Optional.of(entry.result())
          : Optional.empty();
    }
  }

  /** Remembers a credential the identity store has just found valid. */
  void remember(String nameKey, String caller, char[] password, CredentialValidationResult result) {
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throw new IllegalArgumentException("Only valid credentials are remembered");
    }
    Entry entry = new Entry(mac(caller, password), result, clock.instant().plus(ttl));
    synchronized (entries) {
      entries.put(nameKey, entry);
    }
  }

  /** Drops what is remembered for a name key: a failure, a lock, a changed account. */
  void forget(String nameKey) {
    synchronized (entries) {
      entries.remove(nameKey);
    }
  }

  /** Drops everything. */
  void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  /** HMAC over the name's length, the name and the password (UTF-8): unambiguous, never stored. */
  private byte[] mac(String caller, char[] password) {
    byte[] name = caller.getBytes(StandardCharsets.UTF_8);
    ByteBuffer secret = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] secretBytes = new byte[secret.remaining()];
    secret.get(secretBytes);
    try {
      Mac hmac = Mac.getInstance(HMAC);
      hmac.init(key);
      hmac.update(ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
      hmac.update(name);
      hmac.update(secretBytes);
      return hmac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java platform has " + HMAC, e);
    } finally {
      Arrays.fill(secretBytes, (byte) 0);
      if (secret.hasArray()) {
        Arrays.fill(secret.array(), (byte) 0);
      }
    }
  }

  private static SecretKey newKey() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance(HMAC);
      generator.init(256, new SecureRandom());
      return generator.generateKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java platform has " + HMAC, e);
    }
  }

  private record Entry(byte[] mac, CredentialValidationResult result, Instant expiresAt) {}
}
