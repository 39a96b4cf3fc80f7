package org.parley.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.platform.Page;
import org.parley.proposal.application.ProposalQueries;
import org.parley.proposal.application.ProposalSearch;
import org.parley.proposal.application.ProposalSummary;
import org.parley.proposal.domain.ProposalQuery.Sort;
import org.parley.shared.ProposalStatus;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The lazy list hands paging, sorting and filtering to the service's query, untouched. */
class ProposalListModelTest {

  /** Records what the list asks the service for. */
  private static final class RecordingService extends ProposalQueries {
    final List<ProposalSearch> searches = new ArrayList<>();
    final List<int[]> pages = new ArrayList<>();

    @Override
    public Page<ProposalSummary> search(ProposalSearch search, int first, int size) {
      searches.add(search);
      pages.add(new int[] {first, size});
      return new Page<>(List.of(), 0);
    }

    @Override
    public long count(ProposalSearch search) {
      searches.add(search);
      return 42;
    }
  }

  @Test
  void filtersAndTheSortColumnBecomeTheSearch() {
    RecordingService service = new RecordingService();
    ProposalListModel model = new ProposalListModel(service);
    model.setStatus(ProposalStatus.DRAFT);
    model.setTrackId(1L);
    model.setText("freeze");

    model.load(
        20,
        10,
        Map.of("title", SortMeta.builder().field("TITLE").order(SortOrder.DESCENDING).build()),
        Map.of());

    assertEquals(
        new ProposalSearch(ProposalStatus.DRAFT, 1L, "freeze", null, Sort.TITLE, true),
        service.searches.get(0));
    assertEquals(20, service.pages.get(0)[0]);
    assertEquals(10, service.pages.get(0)[1]);
  }

  @Test
  void unsortedListsShowTheLatestChangeFirstAndCountWithTheSameFilters() {
    RecordingService service = new RecordingService();
    ProposalListModel model = new ProposalListModel(service);
    model.setText("summit");

    model.load(0, 10, Map.of(), Map.of());

    assertEquals(42, model.count(Map.of()));
    ProposalSearch expected = new ProposalSearch(null, null, "summit", null, Sort.UPDATED_AT, true);
    assertEquals(List.of(expected, expected), service.searches);
  }
}
