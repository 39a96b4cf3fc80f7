package org.parley.support.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * The browser sessions of one test, opened on demand (from several threads, if the test runs parts
 * of itself side by side) and closed by {@link BrowserExtension}.
 */
public final class Browsers {

  private final List<Browser> open = new ArrayList<>();

  /** A new, separate browser session (its own cookies and profile). */
  public Browser open() {
    Browser browser = new Browser();
    synchronized (this) {
      open.add(browser);
    }
    return browser;
  }

  /** Quits {@code browser}, one of these, before the test ends. */
  public synchronized void close(Browser browser) {
    if (open.remove(browser)) {
      browser.close();
    }
  }

  synchronized List<Browser> sessions() {
    return List.copyOf(open);
  }

  synchronized void closeAll() {
    open.forEach(Browser::close);
    open.clear();
  }
}
