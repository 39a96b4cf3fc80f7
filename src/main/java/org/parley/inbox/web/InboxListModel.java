package org.parley.inbox.web;

import java.util.List;
import java.util.Map;
import org.parley.inbox.application.InboxItem;
import org.parley.inbox.application.InboxService;
import org.parley.inbox.application.InboxTotals;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The inbox's rows, one page at a time: the table asks for the count first ({@link
 * InboxService#totals}), then for the page, which is cut along those totals ({@link
 * InboxService#items}) so that the sections are counted once per request.
 */
public class InboxListModel extends LazyDataModel<InboxItem> {

  private static final long serialVersionUID = 1L;

  private final InboxService inbox;
  private InboxTotals totals;

  /** Whether {@link #totals} were read in this very request (the page's first render). */
  private transient boolean fresh;

  InboxListModel(InboxService inbox, InboxTotals totals) {
    this.inbox = inbox;
    this.totals = totals;
    this.fresh = true;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (!fresh) {
      totals = inbox.totals();
    }
    fresh = false;
    return Math.toIntExact(totals.total());
  }

  @Override
  public List<InboxItem> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return inbox.items(totals, first, pageSize);
  }

  @Override
  public String getRowKey(InboxItem item) {
    return item.task() + "-" + item.proposalId();
  }

  /** The counts as last read: the total shown, and the classification banner. */
  InboxTotals totals() {
    return totals;
  }
}
