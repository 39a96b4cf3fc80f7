package org.parley.security.hostile;

/** A text field a payload goes into: where a refusal names it, its length, one line or several. */
enum Field {
  TITLE("title", 200, false),
  SUMMARY("summary", 4000, true),
  PHASE_TITLE("phases[0].title", 200, false),
  OURS("phases[0].steps[0].ours.description", 2000, true),
  THEIRS("phases[0].steps[0].theirs.description", 2000, true),
  COMMENT("comments[0].text", 4000, true),
  RESOLUTION("reason", 2000, true),
  WITHDRAWAL("reason", 2000, true),
  RATIONALE("rationale", 4000, true),
  CONDITIONS("conditions", 4000, true);

  final String path;
  final int max;
  final boolean multiLine;

  Field(String path, int max, boolean multiLine) {
    this.path = path;
    this.max = max;
    this.multiLine = multiLine;
  }

  boolean accepts(String text) {
    return TextPolicy.accepts(text, max, multiLine);
  }

  /** The fields of a proposal's content, as POST and PUT take them. */
  static final Field[] CONTENT = {TITLE, SUMMARY, PHASE_TITLE, OURS, THEIRS};
}
