package org.parley.decision.application;

/**
 * Prints a decision memo: the port behind which the decision feature's PDF renderer sits in
 * infrastructure (docs/adr/0016), so that the application assembles the memo without knowing how it
 * is printed.
 */
public interface MemoRenderer {

  /** The printed memo, as the bytes of a file of {@link MemoFile#MEDIA_TYPE}. */
  byte[] render(Memo memo);
}
