package org.parley.support.browser;

import java.util.ArrayList;
import java.util.List;

/** The browser sessions of one test, opened on demand and closed by {@link BrowserExtension}. */
public final class Browsers {

  private final List<Browser> open = new ArrayList<>();

  /** A new, separate browser session (its own cookies and profile). */
  public Browser open() {
    Browser browser = new Browser();
    open.add(browser);
    return browser;
  }

  List<Browser> sessions() {
    return List.copyOf(open);
  }

  void closeAll() {
    open.forEach(Browser::close);
    open.clear();
  }
}
