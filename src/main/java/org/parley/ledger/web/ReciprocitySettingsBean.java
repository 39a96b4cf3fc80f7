package org.parley.ledger.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parley.ledger.application.ReciprocityService;
import org.parley.ledger.application.ReciprocitySettings;
import org.parley.platform.faces.PageMessages;
import org.parley.shared.InvalidInputException;
import org.parley.shared.StaleVersionException;

/**
 * The reciprocity settings form on {@code admin/instruments.xhtml}: the front-loading threshold.
 * When someone changed it since the page was read, the input is kept, the value now in force is
 * shown, and saving again applies the input over it.
 */
@Named
@ViewScoped
public class ReciprocitySettingsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReciprocityService reciprocity;

  private Integer threshold;
  private int saved;
  private long version;

  /** Reads the settings in force. */
  public void load() {
    ReciprocitySettings settings = reciprocity.settings();
    threshold = settings.frontLoadingThreshold();
    read(settings);
  }

  /** Saves the threshold given. */
  public void save() {
    try {
      read(reciprocity.changeFrontLoadingThreshold(threshold, version));
      PageMessages.info("reciprocity.saved", saved);
    } catch (InvalidInputException invalid) {
      PageMessages.invalid(invalid);
    } catch (StaleVersionException stale) {
      read(reciprocity.settings());
      PageMessages.refused(stale);
      PageMessages.info("reciprocity.conflict", saved, threshold);
    }
  }

  private void read(ReciprocitySettings settings) {
    saved = settings.frontLoadingThreshold();
    version = settings.version();
  }

  public Integer getThreshold() {
    return threshold;
  }

  public void setThreshold(Integer threshold) {
    this.threshold = threshold;
  }

  /** The threshold in force, as last read. */
  public int getSaved() {
    return saved;
  }
}
