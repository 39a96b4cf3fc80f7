package org.parley.proposal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.proposal.domain.ProposalDiff.Segment;
import org.parley.proposal.domain.ProposalDiff.SegmentKind;

/**
 * Compares two texts word by word for the redline. A replaced run of words reads as one deletion
 * followed by one insertion: single spaces left standing between changed words are folded into the
 * change, so "a b c" → "x y z" is one deletion and one insertion, not six pieces.
 */
final class WordDiff {

  private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+");

  private WordDiff() {}

  /** The segments that turn {@code before} into {@code after}; a null text counts as empty. */
  static List<Segment> segments(String before, String after) {
    List<String> was = tokens(before);
    List<String> is = tokens(after);
    int[][] lcs = Lcs.table(was.size(), is.size(), (i, j) -> was.get(i).equals(is.get(j)));
    List<Token> walk = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < was.size() || j < is.size()) {
      if (i < was.size()
          && j < is.size()
          && was.get(i).equals(is.get(j))
          && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        walk.add(new Token(SegmentKind.SAME, was.get(i++)));
        j++;
      } else if (i < was.size() && (j == is.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        walk.add(new Token(SegmentKind.DELETED, was.get(i++)));
      } else {
        walk.add(new Token(SegmentKind.INSERTED, is.get(j++)));
      }
    }
    return merge(walk);
  }

  private record Token(SegmentKind kind, String text) {
    boolean changed() {
      return kind != SegmentKind.SAME;
    }
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text != null) {
      Matcher matcher = TOKEN.matcher(text);
      while (matcher.find()) {
        tokens.add(matcher.group());
      }
    }
    return tokens;
  }

  private static List<Segment> merge(List<Token> walk) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder same = new StringBuilder();
    StringBuilder deleted = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    for (int k = 0; k < walk.size(); k++) {
      Token token = walk.get(k);
      boolean foldedSpace =
          !token.changed()
              && token.text().isBlank()
              && k > 0
              && walk.get(k - 1).changed()
              && k + 1 < walk.size()
              && walk.get(k + 1).changed();
      if (token.changed() || foldedSpace) {
        flush(segments, SegmentKind.SAME, same);
        if (token.kind() != SegmentKind.INSERTED) {
          deleted.append(token.text());
        }
        if (token.kind() != SegmentKind.DELETED) {
          inserted.append(token.text());
        }
      } else {
        flush(segments, SegmentKind.DELETED, deleted);
        flush(segments, SegmentKind.INSERTED, inserted);
        same.append(token.text());
      }
    }
    flush(segments, SegmentKind.SAME, same);
    flush(segments, SegmentKind.DELETED, deleted);
    flush(segments, SegmentKind.INSERTED, inserted);
    return segments;
  }

  private static void flush(List<Segment> segments, SegmentKind kind, StringBuilder text) {
    if (!text.isEmpty()) {
      segments.add(new Segment(kind, text.toString()));
      text.setLength(0);
    }
  }
}
