package org.parley.support.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.support.Api;

/**
 * One headless Chromium session against the running Parley, with the waits every page object needs.
 * Debian's chromium and chromedriver are named explicitly (system properties {@code
 * chromium.binary} and {@code chromedriver.binary}), so Selenium never tries to download a browser.
 */
public final class Browser implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  /**
   * How often a wait asks the page again: Selenium's default, half a second, is what most clicks
   * would otherwise wait beyond PrimeFaces' own 500 ms, for an answer that came long before.
   */
  static final Duration POLL = Duration.ofMillis(50);

  private final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  public Browser() {
    try {
      profile = Files.createTempDirectory("parley-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 900));
    wait = new WebDriverWait(driver, TIMEOUT, POLL);
  }

  /** Opens {@code path} of Parley (e.g. {@code /login.xhtml}) and waits for the page. */
  public void open(String path) {
    driver.get(Api.BASE_URL + path);
    waitForPage();
  }

  /** The path and query of the current page, without the server part. */
  public String currentPath() {
    return driver.getCurrentUrl().substring(Api.BASE_URL.length());
  }

  public WebElement element(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  public List<WebElement> elements(By by) {
    return driver.findElements(by);
  }

  /** Waits until {@code condition} holds, e.g. an {@code ExpectedConditions} of Selenium. */
  public <T> T waitUntil(
      java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
    return wait.until(condition);
  }

  public boolean isPresent(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public void type(String id, String text) {
    WebElement field = element(id);
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Clicks a control that submits the whole page, and waits until the next page has loaded: the old
   * document carries a marker that the new one lacks.
   */
  public void clickAndWaitForPage(String id) {
    WebElement control = element(id);
    driver.executeScript("window.parleyPreviousPage = true;");
    control.click();
    new WebDriverWait(driver, TIMEOUT, POLL)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return window.parleyPreviousPage === undefined"
                                + " && document.readyState === 'complete'")));
    waitForAjax();
  }

  /** Clicks an ajax control and waits until PrimeFaces has no request in flight. */
  public void clickAndWaitForAjax(String id) {
    element(id).click();
    waitForAjax();
  }

  public void clickAndWaitForAjax(WebElement control) {
    control.click();
    waitForAjax();
  }

  public String pageTitle() {
    return element("page-title").getText();
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  /** The value of the cookie {@code name} for the current page, HttpOnly ones too; null if none. */
  public String cookie(String name) {
    org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  /** Sets the cookie {@code name} for the current site, path {@code /}, as the server would. */
  public void setCookie(String name, String value) {
    driver.manage().deleteCookieNamed(name);
    driver
        .manage()
        .addCookie(new org.openqa.selenium.Cookie.Builder(name, value).path("/").build());
  }

  public String sessionId() {
    Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
    return cookie == null ? null : cookie.getValue();
  }

  public void saveScreenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void waitForPage() {
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    waitForAjax();
  }

  /**
   * A script that answers whether the page is at rest: loaded, no PrimeFaces request in flight, and
   * no button still in its loading state. PrimeFaces keeps a button disabled for at least 500 ms
   * after its request started (its minimum loading animation), even when the answer came sooner; a
   * click in that window is silently lost.
   */
  public static final String AT_REST =
      "return document.readyState === 'complete'"
          + " && (typeof PrimeFaces === 'undefined'"
          + " || (PrimeFaces.ajax.Queue.isEmpty()"
          + " && !document.querySelector('.ui-state-loading')))";

  private void waitForAjax() {
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(AT_REST)));
  }

  /**
   * Runs {@code script} in every document this browser opens from now on, before the page's own
   * scripts (Chromium's DevTools, so a page's Content-Security-Policy does not apply to it).
   */
  public void beforeEveryDocument(String script) {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", script));
  }

  /** Runs {@code script} in the current page and returns what it returns. */
  public Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /**
   * Runs {@code script} asynchronously; it hands its result to the callback that is its last
   * argument ({@code arguments[arguments.length - 1]}), within 30 s.
   */
  public Object asyncScript(String script, Object... args) {
    driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
    return driver.executeAsyncScript(script, args);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException ignored) {
      // A leftover temporary profile is harmless.
    }
  }
}
