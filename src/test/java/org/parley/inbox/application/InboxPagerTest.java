package org.parley.inbox.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;

class InboxPagerTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

  /** Sections of the given sizes, references interleaving across drafts and decisions. */
  static Stream<Arguments> inboxes() {
    return Stream.of(
        Arguments.of(0, 0, 0),
        Arguments.of(7, 0, 0),
        Arguments.of(0, 13, 0),
        Arguments.of(0, 0, 45),
        Arguments.of(5, 9, 0),
        Arguments.of(23, 0, 31),
        Arguments.of(3, 17, 22),
        Arguments.of(40, 40, 40));
  }

  @ParameterizedTest
  @MethodSource("inboxes")
  void everyPageIsTheSliceOfTheWholeInboxInInboxOrder(int positions, int drafts, int decisions) {
    Map<InboxSection, List<InboxItem>> sections = sections(positions, drafts, decisions);
    List<InboxItem> whole =
        sections.values().stream().flatMap(List::stream).sorted(InboxPager.ORDER).toList();
    InboxTotals totals = totals(sections);
    assertEquals(whole.size(), totals.total());

    for (int size : List.of(1, 5, 20, 100)) {
      List<InboxItem> walked = new ArrayList<>();
      for (int first = 0; first < whole.size() + size; first += size) {
        List<InboxItem> page = InboxPager.page(totals, first, size, fetchFrom(sections, null));
        assertEquals(
            whole.subList(Math.min(first, whole.size()), Math.min(first + size, whole.size())),
            page,
            "page at " + first + ", size " + size);
        walked.addAll(page);
      }
      assertEquals(whole, walked, "walking every page of size " + size);
    }
  }

  @Test
  void positionsComeFirstAndUndatedItemsInterleaveByReference() {
    Map<InboxSection, List<InboxItem>> sections = sections(2, 2, 2);

    List<InboxItem> page =
        InboxPager.page(totals(sections), 0, 10, fetchFrom(sections, new ArrayList<>()));

    assertEquals(
        List.of(
            "TAKE_POSITION", "TAKE_POSITION", "REVISE_DRAFT", "DECIDE", "REVISE_DRAFT", "DECIDE"),
        page.stream().map(InboxItem::task).toList());
  }

  @Test
  void aPageInsideOneSectionReadsOnlyThatSectionAtTheOffset() {
    Map<InboxSection, List<InboxItem>> sections = sections(500, 0, 300);
    List<String> reads = new ArrayList<>();

    InboxPager.page(totals(sections), 40, 20, fetchFrom(sections, reads));
    InboxPager.page(totals(sections), 600, 20, fetchFrom(sections, reads));

    assertEquals(List.of("POSITIONS 40+20", "DECISIONS 100+20"), reads);
  }

  @Test
  void aPageAcrossTwoTiersReadsTheEndOfOneAndTheStartOfTheNext() {
    Map<InboxSection, List<InboxItem>> sections = sections(30, 0, 300);
    List<String> reads = new ArrayList<>();

    List<InboxItem> page = InboxPager.page(totals(sections), 20, 20, fetchFrom(sections, reads));

    assertEquals(List.of("POSITIONS 20+20", "DECISIONS 0+10"), reads);
    assertEquals(20, page.size());
  }

  @Test
  void interleavedSectionsAreReadOnlyUpToThePagesEnd() {
    Map<InboxSection, List<InboxItem>> sections = sections(0, 300, 300);
    List<String> reads = new ArrayList<>();

    InboxPager.page(totals(sections), 40, 20, fetchFrom(sections, reads));

    assertEquals(List.of("DRAFTS 0+60", "DECISIONS 0+60"), reads);
  }

  @Test
  void theNewestOfManyDecisionsIsOnTheLastPage() {
    // The old inbox read the 200 oldest proposals awaiting a decision and lost the rest.
    Map<InboxSection, List<InboxItem>> sections = sections(0, 0, 250);
    InboxTotals totals = totals(sections);
    InboxItem newest = sections.get(InboxSection.DECISIONS).get(249);

    List<InboxItem> last = InboxPager.page(totals, 240, 20, fetchFrom(sections, null));

    assertEquals(250, totals.total());
    assertTrue(last.contains(newest));
  }

  @Test
  void theBannerShowsTheHighestClassificationOfAnySection() {
    Map<InboxSection, SectionTotal> sections = new EnumMap<>(InboxSection.class);
    sections.put(InboxSection.POSITIONS, new SectionTotal(3, Classification.CONFIDENTIAL));
    sections.put(InboxSection.DRAFTS, SectionTotal.EMPTY);
    sections.put(InboxSection.DECISIONS, new SectionTotal(1, Classification.SECRET));

    InboxTotals totals = InboxTotals.of(sections);

    assertEquals(Classification.SECRET, totals.highest());
    assertEquals(4, totals.total());
    assertEquals(
        Classification.UNCLASSIFIED,
        InboxTotals.of(Map.of(InboxSection.DRAFTS, SectionTotal.EMPTY)).highest());
  }

  private static Map<InboxSection, List<InboxItem>> sections(
      int positions, int drafts, int decisions) {
    Map<InboxSection, List<InboxItem>> sections = new EnumMap<>(InboxSection.class);
    List<InboxItem> owed = new ArrayList<>();
    for (int i = 0; i < positions; i++) {
      // Due dates repeat, so the reference decides among items due at the same time.
      owed.add(item(1000 + i, "TAKE_POSITION", T0.plusSeconds(3600L * (i / 3))));
    }
    List<InboxItem> draftItems = new ArrayList<>();
    for (int i = 0; i < drafts; i++) {
      draftItems.add(item(2 * i, "REVISE_DRAFT", null));
    }
    List<InboxItem> decide = new ArrayList<>();
    for (int i = 0; i < decisions; i++) {
      decide.add(item(2 * i + 1, "DECIDE", null));
    }
    sections.put(InboxSection.POSITIONS, owed.stream().sorted(InboxPager.ORDER).toList());
    sections.put(InboxSection.DRAFTS, draftItems);
    sections.put(InboxSection.DECISIONS, decide);
    return sections;
  }

  private static InboxItem item(int number, String task, Instant due) {
    return new InboxItem(
        number,
        "DPRK-2026-%05d".formatted(number),
        "Proposal " + number,
        due == null ? ProposalStatus.DRAFT : ProposalStatus.IN_CLEARANCE,
        task,
        null,
        due,
        Classification.UNCLASSIFIED,
        null);
  }

  private static InboxTotals totals(Map<InboxSection, List<InboxItem>> sections) {
    Map<InboxSection, SectionTotal> totals = new EnumMap<>(InboxSection.class);
    sections.forEach(
        (section, items) ->
            totals.put(
                section,
                items.isEmpty()
                    ? SectionTotal.EMPTY
                    : new SectionTotal(items.size(), Classification.UNCLASSIFIED)));
    return InboxTotals.of(totals);
  }

  /** Serves each section as its query would, noting every read in {@code reads} if given. */
  private static InboxPager.Fetch fetchFrom(
      Map<InboxSection, List<InboxItem>> sections, List<String> reads) {
    return (section, offset, limit) -> {
      if (reads != null) {
        reads.add(section + " " + offset + "+" + limit);
      }
      List<InboxItem> items = sections.get(section);
      return items.subList(Math.min(offset, items.size()), Math.min(offset + limit, items.size()));
    };
  }
}
