package org.parley.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.parley.platform.CsvWriter;
import org.parley.platform.Page;
import org.parley.shared.InvalidInputException;

/**
 * The proposal list as a CSV file: the columns of the list page ({@code proposals/list.xhtml}),
 * headed and labelled with the page's own texts, for the proposals {@link ProposalQueries#search}
 * gives the caller, with the same filters and order. Nothing is read around the search, so the file
 * holds exactly what the caller may see in the list. Cells are neutralised against formula
 * injection by {@link CsvWriter}.
 */
@ApplicationScoped
public class ProposalExport {

  /** The most proposals one file holds; a larger list must be narrowed by its filters first. */
  public static final int MAX_ROWS = 10_000;

  /** The file name offered for download; fixed, so no input ever reaches a response header. */
  public static final String FILE_NAME = "parley-proposals.csv";

  private static final int BATCH = 500;

  private static final DateTimeFormatter UPDATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private ProposalQueries proposals;

  /** For the CDI proxy only. */
  protected ProposalExport() {}

  @Inject
  ProposalExport(ProposalQueries proposals) {
    this.proposals = proposals;
  }

  /**
   * The proposals matching {@code search} that the caller may see, as the bytes of a CSV file. Any
   * signed-in user (each sees their own list). One transaction, so the file is one consistent
   * reading; refused when more than {@link #MAX_ROWS} proposals match.
   */
  @Transactional
  public byte[] csv(ProposalSearch search) {
    ResourceBundle texts = ResourceBundle.getBundle("org.parley.messages", Locale.ENGLISH);
    Map<Long, String> tracks =
        proposals.tracks().stream().collect(Collectors.toMap(TrackView::id, TrackView::name));
    CsvWriter csv = new CsvWriter().row(header(texts));
    for (ProposalSummary row : rows(search)) {
      csv.row(
          List.of(
              row.reference(),
              row.title(),
              tracks.getOrDefault(row.trackId(), ""),
              texts.getString("Classification." + row.classification()),
              texts.getString("ProposalStatus." + row.status()),
              row.versionNumber() == 0 ? "" : Integer.toString(row.versionNumber()),
              UPDATED.format(row.updatedAt())));
    }
    return csv.bytes();
  }

  private List<ProposalSummary> rows(ProposalSearch search) {
    Page<ProposalSummary> first = proposals.search(search, 0, BATCH);
    if (first.total() > MAX_ROWS) {
      throw new InvalidInputException(
          null,
          first.total()
              + " proposals match; an export holds at most "
              + MAX_ROWS
              + ". Narrow the list with its filters first.");
    }
    List<ProposalSummary> rows = new ArrayList<>(first.items());
    while (rows.size() < first.total()) {
      List<ProposalSummary> next = proposals.search(search, rows.size(), BATCH).items();
      if (next.isEmpty()) {
        break;
      }
      rows.addAll(next);
    }
    return rows;
  }

  private static List<String> header(ResourceBundle texts) {
    return List.of(
            "proposals.reference",
            "proposals.proposal",
            "proposals.track",
            "proposals.classification",
            "proposals.status",
            "proposals.version",
            "proposals.updated")
        .stream()
        .map(texts::getString)
        .toList();
  }
}
