package org.parley.proposal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.platform.Page;
import org.parley.proposal.domain.ProposalQuery.Sort;
import org.parley.proposal.domain.TrackLevel;
import org.parley.shared.Classification;
import org.parley.shared.InvalidInputException;
import org.parley.shared.ProposalStatus;
import org.parley.support.CsvReader;

/** The export is the list page as CSV: the caller's search, paged through, neutralised. */
class ProposalExportTest {

  private static final Instant UPDATED = Instant.parse("2026-11-29T14:05:09Z");

  /** Serves {@code rows} page by page, as the search would, and records what it was asked. */
  private static final class FakeService extends ProposalQueries {
    final List<ProposalSummary> rows;
    final List<ProposalSearch> searches = new ArrayList<>();

    FakeService(List<ProposalSummary> rows) {
      this.rows = rows;
    }

    @Override
    public Page<ProposalSummary> search(ProposalSearch search, int first, int size) {
      searches.add(search);
      return new Page<>(
          rows.subList(Math.min(first, rows.size()), Math.min(first + size, rows.size())),
          rows.size());
    }

    @Override
    public List<TrackView> tracks() {
      return List.of(
          new TrackView(
              1,
              "DPRK denuclearization — working level",
              "DPRK",
              TrackLevel.WORKING,
              "envoy",
              Set.of(),
              5));
    }
  }

  private static ProposalSummary row(int n, String title) {
    return new ProposalSummary(
        n,
        "DPRK-2026-" + n,
        1,
        title,
        Classification.TOP_SECRET,
        ProposalStatus.IN_CLEARANCE,
        n % 3,
        UPDATED);
  }

  private static List<List<String>> export(FakeService service, ProposalSearch search) {
    byte[] bytes = new ProposalExport(service).csv(search);
    return CsvReader.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheListPagesColumnsWithItsLabels() {
    List<List<String>> csv =
        export(new FakeService(List.of(row(1, "Liaison office"))), ProposalSearch.all());

    assertEquals(
        List.of("Reference", "Title", "Track", "Classification", "Status", "Version", "Updated"),
        csv.get(0));
    assertEquals(
        List.of(
            "DPRK-2026-1",
            "Liaison office",
            "DPRK denuclearization — working level",
            "TOP SECRET",
            "In clearance",
            "1",
            "2026-11-29 14:05 UTC"),
        csv.get(1));
  }

  @Test
  void neutralisesHostileTitles() {
    List<String> titles = List.of("=1+1", "+1", "-1", "@SUM(A1)", "<script>", "say \"hi\", then");
    List<ProposalSummary> rows =
        IntStream.range(0, titles.size()).mapToObj(i -> row(i, titles.get(i))).toList();

    List<List<String>> csv = export(new FakeService(rows), ProposalSearch.all());

    assertEquals(
        List.of("'=1+1", "'+1", "'-1", "'@SUM(A1)", "<script>", "say \"hi\", then"),
        csv.subList(1, csv.size()).stream().map(r -> r.get(1)).toList());
  }

  @Test
  void pagesThroughTheWholeSearchWithTheCallersFiltersUnchanged() {
    List<ProposalSummary> rows = IntStream.range(0, 1203).mapToObj(i -> row(i, "P " + i)).toList();
    FakeService service = new FakeService(rows);
    ProposalSearch search =
        new ProposalSearch(ProposalStatus.DRAFT, 1L, "freeze", null, Sort.TITLE, false);

    List<List<String>> csv = export(service, search);

    assertEquals(1204, csv.size());
    assertEquals("P 1202", csv.get(1203).get(1));
    assertEquals("", csv.get(1).get(5), "version 0 (never submitted) is left empty");
    assertTrue(service.searches.size() >= 3);
    assertTrue(service.searches.stream().allMatch(search::equals));
  }

  @Test
  void refusesMoreThanTheLimitAndAsksToNarrowTheList() {
    List<ProposalSummary> rows =
        IntStream.range(0, ProposalExport.MAX_ROWS + 1).mapToObj(i -> row(i, "P")).toList();

    InvalidInputException refusal =
        assertThrows(
            InvalidInputException.class,
            () -> new ProposalExport(new FakeService(rows)).csv(ProposalSearch.all()));
    assertNull(refusal.getField());
    assertTrue(refusal.getMessage().contains("Narrow the list"), refusal.getMessage());
  }

  @Test
  void anEmptyListIsJustTheHeader() {
    assertEquals(1, export(new FakeService(List.of()), ProposalSearch.all()).size());
  }
}
