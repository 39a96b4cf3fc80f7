package org.parley.support.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Drives the PrimeFaces controls that are not plain HTML inputs: select menus, select buttons and
 * radio groups, dialogs. Controls are named by their client ids, as in the pages.
 */
public final class PrimeFacesControls {

  private final Browser browser;

  public PrimeFacesControls(Browser browser) {
    this.browser = browser;
  }

  /**
   * Picks the option labelled {@code label} of the select menu {@code id}, through the widget (see
   * {@link Widgets#selectOneMenu}): clicking the overlay's items raced its opening animation.
   */
  public void chooseFromMenu(String id, String label) {
    Widgets.selectOneMenu(browser, id, label);
  }

  /** Clicks the option labelled {@code label} of a select button or radio group {@code id}. */
  public void chooseOption(String id, String label) {
    WebElement group = browser.element(id);
    for (WebElement option : group.findElements(By.cssSelector(".ui-button, label"))) {
      if (option.getText().trim().equals(label)) {
        browser.clickAndWaitForAjax(option);
        return;
      }
    }
    throw new IllegalArgumentException("No option " + label + " in " + id);
  }

  /** Whether the dialog {@code id} is shown. */
  public boolean dialogShown(String id) {
    return browser.element(id).isDisplayed();
  }

  /** Waits until the dialog {@code id} is shown. */
  public void waitForDialog(String id) {
    browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }
}
