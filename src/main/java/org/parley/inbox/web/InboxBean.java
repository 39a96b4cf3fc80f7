package org.parley.inbox.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.parley.inbox.application.InboxItem;
import org.parley.inbox.application.InboxService;
import org.parley.shared.Classification;

/** The caller's inbox ({@code inbox.xhtml}): what waits for them, earliest due first. */
@Named
@ViewScoped
public class InboxBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InboxService inbox;

  private List<InboxItem> items;

  @PostConstruct
  void load() {
    items = inbox.inbox();
  }

  public List<InboxItem> getItems() {
    return items;
  }

  /** The highest classification of the proposals listed, for the classification banner. */
  public Classification getBannerLevel() {
    return items.stream()
        .map(InboxItem::classification)
        .max(Comparator.naturalOrder())
        .orElse(Classification.UNCLASSIFIED);
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
