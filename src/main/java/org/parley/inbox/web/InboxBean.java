package org.parley.inbox.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parley.inbox.application.InboxItem;
import org.parley.inbox.application.InboxService;
import org.parley.shared.Classification;

/**
 * The caller's inbox ({@code inbox.xhtml}): what waits for them, earliest due first, one page at a
 * time from {@link InboxService}.
 */
@Named
@ViewScoped
public class InboxBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InboxService inbox;

  private InboxListModel model;

  @PostConstruct
  void load() {
    model = new InboxListModel(inbox, inbox.totals());
  }

  public InboxListModel getModel() {
    return model;
  }

  /** How many items wait in all, as last counted. */
  public long getTotal() {
    return model.totals().total();
  }

  /** The highest classification in the whole inbox, for the classification banner. */
  public Classification getBannerLevel() {
    return model.totals().highest();
  }

  /** The page where the item's task is done, with the proposal's id: navigation, not a rule. */
  public String path(InboxItem item) {
    String page =
        switch (item.task()) {
          case "TAKE_POSITION" -> "/clearance/review.xhtml";
          case "ANSWER_COMMENTS" -> "/clearance/comments.xhtml";
          case "REVISE_DRAFT" -> "/proposals/edit.xhtml";
          case "DECIDE" -> "/decisions/decide.xhtml";
          default -> "/proposals/view.xhtml";
        };
    return page + "?id=" + item.proposalId();
  }
}
