package org.parley.audit.domain;

import java.util.Optional;

/** The stored audit chain, walked by a {@link ChainVerifier}. */
public interface AuditChainStore {

  /**
   * Walks every event from the first to the chain head, in pages, and returns the verdict.
   *
   * @param anchor a link recorded by an earlier verification, to be found unchanged
   */
  ChainVerdict verify(Optional<ChainLink> anchor);
}
