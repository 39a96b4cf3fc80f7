package org.parley.support.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Driving PrimeFaces widgets the way a user does (open the menu, click the item), for page objects.
 * Reaches the driver through an element, so {@link Browser} stays as it is.
 */
public final class Widgets {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private Widgets() {}

  /**
   * Chooses the item labelled {@code label} in the p:selectOneMenu {@code id} through the widget's
   * own API (as its keyboard and mouse handlers do: select, then fire "change"), and waits for any
   * ajax the change starts. Clicking the overlay's items races with its opening animation.
   */
  public static void selectOneMenu(Browser browser, String id, String label) {
    WebElement menu = browser.element(id);
    WebDriver driver = driver(menu);
    Object found =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var id = arguments[0], label = arguments[1];"
                    + "var option = Array.from(document.getElementById(id + '_input').options)"
                    + "    .find(function (o) { return o.text.trim() === label; });"
                    + "if (!option) { return false; }"
                    + "var widget = PrimeFaces.getWidgetById(id);"
                    + "widget.selectValue(option.value);"
                    + "widget.triggerChange();"
                    + "return true;",
                id,
                label);
    if (!Boolean.TRUE.equals(found)) {
      throw new AssertionError("No item labelled " + label + " in " + id);
    }
    waitForAjax(driver);
  }

  /** The label shown by the p:selectOneMenu {@code id}. */
  public static String selectedLabel(Browser browser, String id) {
    return browser.element(id + "_label").getText();
  }

  /** Ticks the checkbox labelled {@code label} in the p:selectManyCheckbox {@code id}. */
  public static void tick(Browser browser, String id, String label) {
    WebElement group = browser.element(id);
    WebElement labelElement =
        group.findElements(By.tagName("label")).stream()
            .filter(l -> l.getText().trim().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No checkbox labelled " + label + " in " + id));
    labelElement.click();
  }

  /** Opens the tab titled {@code title} of the p:tabView {@code id}. */
  public static void openTab(Browser browser, String id, String title) {
    WebElement tabView = browser.element(id);
    WebElement header =
        tabView.findElements(By.cssSelector("ul[role='tablist'] li a")).stream()
            .filter(a -> a.getText().trim().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No tab titled " + title + " in " + id));
    browser.clickAndWaitForAjax(header);
  }

  /** Where the link or p:linkButton {@code id} leads (a p:linkButton wraps its anchor). */
  public static String href(Browser browser, String id) {
    WebElement element = browser.element(id);
    WebElement anchor =
        "a".equals(element.getTagName()) ? element : element.findElement(By.tagName("a"));
    return anchor.getDomAttribute("href");
  }

  /** Waits until the element {@code id} is shown (e.g. a dialog that is opening) and returns it. */
  public static WebElement visible(Browser browser, String id) {
    WebElement element = browser.element(id);
    return wait(driver(element)).until(ExpectedConditions.visibilityOf(element));
  }

  /** Waits until the element {@code id} is hidden or gone. */
  public static void hidden(Browser browser, String id) {
    WebElement element = browser.element(id);
    wait(driver(element)).until(ExpectedConditions.invisibilityOf(element));
  }

  private static void waitForAjax(WebDriver driver) {
    wait(driver)
        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(Browser.AT_REST)));
  }

  private static WebDriver driver(WebElement element) {
    return ((WrapsDriver) element).getWrappedDriver();
  }

  private static WebDriverWait wait(WebDriver driver) {
    return new WebDriverWait(driver, TIMEOUT, Browser.POLL);
  }
}
