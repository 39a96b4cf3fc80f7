package org.parley.audit.domain;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One audit event as the database holds it, for verification: its chain columns and every other
 * column by name (the values {@link AuditHash} encodes, {@code id} and {@code chain_position}
 * included).
 *
 * @param id the event's id
 * @param position its chain position, null when the event is outside the chain
 * @param previousHash the hash it links back to, as stored
 * @param hash its own hash, as stored
 * @param columns every other column, by lower-case name; null values may be present or left out
 */
public record ChainedRecord(
    long id, Long position, String previousHash, String hash, SortedMap<String, Object> columns) {

  public ChainedRecord {
    columns = Collections.unmodifiableSortedMap(new TreeMap<>(columns));
  }

  /** The hash this record's columns and stored previous hash call for. */
  public String recomputedHash() {
    return AuditHash.of(previousHash, columns);
  }
}
