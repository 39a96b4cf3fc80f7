package org.parley.proposal.domain;

/** The longest-common-subsequence table that the redline's alignments walk. */
final class Lcs {

  /** Whether element {@code i} of the first list and element {@code j} of the second match. */
  @FunctionalInterface
  interface Match {
    boolean test(int i, int j);
  }

  private Lcs() {}

  /**
   * {@code table[i][j]} is the length of the longest common subsequence of the suffixes starting at
   * {@code i} and {@code j}; the table has one extra row and column of zeros.
   */
  static int[][] table(int sizeBefore, int sizeAfter, Match match) {
    int[][] table = new int[sizeBefore + 1][sizeAfter + 1];
    for (int i = sizeBefore - 1; i >= 0; i--) {
      for (int j = sizeAfter - 1; j >= 0; j--) {
        table[i][j] =
            match.test(i, j) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
      }
    }
    return table;
  }
}
