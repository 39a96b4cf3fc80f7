package org.parley.security.hostile;

/** One entry of the hostile-input corpus: its category, its name and the text to send. */
record Payload(String category, String name, String text) {

  /** {@code category/name}, as the corpus file names it. */
  String id() {
    return category + "/" + name;
  }

  /** A short, printable form for reports: escapes, and at most 60 characters. */
  String shown() {
    StringBuilder shown = new StringBuilder();
    text.codePoints()
        .limit(60)
        .forEach(
            c -> {
              if (c < 0x20
                  || (c >= 0x7F && c <= 0x9F)
                  || (c >= 0x2000 && c <= 0x206F)
                  || c == 0xFEFF
                  || c > 0xFFFF
                  || (c & 0xFFFE) == 0xFFFE) {
                shown.append(String.format("\\u%04x", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    return id() + " [" + shown + (text.length() > 60 ? "…(" + text.length() + ")" : "") + "]";
  }
}
