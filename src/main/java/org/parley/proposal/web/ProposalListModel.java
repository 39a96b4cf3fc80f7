package org.parley.proposal.web;

import java.util.List;
import java.util.Map;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalSearch;
import org.parley.proposal.application.ProposalSummary;
import org.parley.proposal.domain.ProposalQuery.Sort;
import org.parley.shared.ProposalStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The proposal list's rows, one page at a time from {@link ProposalQueries#search}: the filters
 * above the table and the column the table sorts by become the database query. Sort columns name a
 * {@link Sort} constant in their {@code field}.
 */
public class ProposalListModel extends LazyDataModel<ProposalSummary> {

  private static final long serialVersionUID = 1L;

  private final ProposalQueries proposals;
  private ProposalStatus status;
  private Long trackId;
  private String text;

  ProposalListModel(ProposalQueries proposals) {
    this.proposals = proposals;
  }

  /** The filters, newest first, as a search without a sort column. */
  ProposalSearch filters() {
    return new ProposalSearch(status, trackId, text, null, Sort.UPDATED_AT, true);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(proposals.count(filters()));
  }

  @Override
  public List<ProposalSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return proposals.search(sorted(sortBy), first, pageSize).items();
  }

  private ProposalSearch sorted(Map<String, SortMeta> sortBy) {
    SortMeta order = sortBy.values().stream().findFirst().orElse(null);
    if (order == null || order.getOrder() == SortOrder.UNSORTED) {
      return filters();
    }
    return new ProposalSearch(
        status,
        trackId,
        text,
        null,
        Sort.valueOf(order.getField()),
        order.getOrder() == SortOrder.DESCENDING);
  }

  @Override
  public String getRowKey(ProposalSummary proposal) {
    return String.valueOf(proposal.id());
  }

  public ProposalStatus getStatus() {
    return status;
  }

  public void setStatus(ProposalStatus status) {
    this.status = status;
  }

  public Long getTrackId() {
    return trackId;
  }

  public void setTrackId(Long trackId) {
    this.trackId = trackId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
