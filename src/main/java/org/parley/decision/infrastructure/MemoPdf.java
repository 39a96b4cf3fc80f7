package org.parley.decision.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parley.clearance.domain.Position;
import org.parley.decision.application.Memo;
import org.parley.decision.application.Memo.AgencyLine;
import org.parley.decision.application.Memo.ClearanceSheet;
import org.parley.decision.application.Memo.CommentLine;
import org.parley.decision.application.Memo.DecisionBlock;
import org.parley.decision.application.Memo.LedgerPhase;
import org.parley.decision.application.Memo.LedgerStep;
import org.parley.decision.application.Memo.SpentInstrument;
import org.parley.decision.application.MemoRenderer;
import org.parley.ledger.domain.Finding;

/**
 * Prints a {@link Memo} as a PDF with OpenPDF (docs/adr/0016): US Letter pages, each marked with
 * the memo's classification at its top and bottom and numbered "Page n of N" beside the reference;
 * a title block, then the sections Summary, Ledger, Reciprocity findings, Clearance sheet, Split
 * memo and Decision. Labels come from the resource bundle ({@code org.parley.messages}), as on the
 * pages.
 *
 * <p>The memo uses the standard PDF fonts (Helvetica), which every reader has and which need no
 * embedding. They show Western European text, dashes and typographic quotes (Windows-1252); a
 * character outside that set (e.g. Korean script) is printed as {@value #UNPRINTABLE} and the title
 * block says how many were replaced ({@link MemoText}).
 */
@ApplicationScoped
public class MemoPdf implements MemoRenderer {

  /** What a character the standard fonts cannot show is printed as. */
  public static final char UNPRINTABLE = MemoText.REPLACEMENT;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The height the decision heading and its blank lines to sign need together, in points. */
  private static final float DECISION_BLOCK = 150;

  private static final Color RULE_GREY = new Color(0x99, 0x99, 0x99);
  private static final Color HEADER_SHADE = new Color(0xE4, 0xE4, 0xE4);
  private static final Color PHASE_SHADE = new Color(0xF2, 0xF2, 0xF2);

  private final ResourceBundle texts;

  /** A renderer with Parley's English texts. */
  public MemoPdf() {
    this(ResourceBundle.getBundle("org.parley.messages", Locale.ENGLISH));
  }

  MemoPdf(ResourceBundle texts) {
    this.texts = texts;
  }

  /** The memo as the bytes of a PDF file. */
  @Override
  public byte[] render(Memo memo) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.LETTER, 54, 54, 78, 84);
    try {
      Fonts fonts = new Fonts();
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new Marking(memo, fonts));
      document.addTitle(plain(memo.reference() + " v" + memo.versionNumber() + " decision memo"));
      document.addCreator("Parley");
      document.addSubject(label("Classification." + memo.marking()));
      document.open();
      new Sections(document, writer, fonts).write(memo);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The decision memo could not be printed.", e);
    }
    return out.toByteArray();
  }

  // --- the page furniture: marking at top and bottom, reference and page number ---

  /** Marks every page at its top and bottom and numbers it "Page n of N". */
  private final class Marking extends PdfPageEventHelper {

    private final Memo memo;
    private final Fonts fonts;
    private PdfTemplate total;

    Marking(Memo memo, Fonts fonts) {
      this.memo = memo;
      this.fonts = fonts;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      Rectangle page = document.getPageSize();
      float centre = (page.getLeft() + page.getRight()) / 2;
      Phrase marking = new Phrase(label("Classification." + memo.marking()), fonts.marking);
      ColumnText.showTextAligned(
          canvas, Element.ALIGN_CENTER, marking, centre, page.getTop() - 40, 0);
      ColumnText.showTextAligned(
          canvas, Element.ALIGN_CENTER, marking, centre, page.getBottom() + 28, 0);
      String footer = text("memo.footer", memo.reference(), memo.versionNumber());
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_LEFT,
          new Phrase(plain(footer), fonts.small),
          document.left(),
          page.getBottom() + 52,
          0);
      pageNumber(canvas, document, writer.getPageNumber(), page.getBottom() + 52);
    }

    private void pageNumber(PdfContentByte canvas, Document document, int number, float y) {
      String text = text("memo.page", number);
      float width = fonts.regular.getWidthPoint(text, Fonts.SMALL);
      float x = document.right() - width - fonts.regular.getWidthPoint("000", Fonts.SMALL);
      canvas.beginText();
      canvas.setFontAndSize(fonts.regular, Fonts.SMALL);
      canvas.setTextMatrix(x, y);
      canvas.showText(text);
      canvas.endText();
      canvas.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      total.beginText();
      total.setFontAndSize(fonts.regular, Fonts.SMALL);
      total.setTextMatrix(0, 0);
      total.showText(String.valueOf(writer.getPageNumber() - 1));
      total.endText();
    }
  }

  // --- the memo's body ---

  /** Writes the title block and the six sections into an open document. */
  private final class Sections {

    private final Document document;
    private final PdfWriter writer;
    private final Fonts fonts;

    Sections(Document document, PdfWriter writer, Fonts fonts) {
      this.document = document;
      this.writer = writer;
      this.fonts = fonts;
    }

    void write(Memo memo) throws DocumentException {
      titleBlock(memo);
      section("memo.section.summary");
      String summary = memo.summary() == null || memo.summary().isBlank() ? null : memo.summary();
      document.add(paragraph(summary == null ? text("memo.noSummary") : summary, fonts.body));
      section("memo.section.ledger");
      document.add(ledger(memo.ledger()));
      section("memo.section.findings");
      findings(memo.findings());
      section("memo.section.clearance");
      clearanceSheet(memo);
      section("memo.section.splitMemo");
      splitMemo(memo.clearance());
      keepRoomFor(DECISION_BLOCK);
      section("memo.section.decision");
      decision(memo);
    }

    private void titleBlock(Memo memo) throws DocumentException {
      document.add(paragraph(text("memo.heading"), fonts.heading));
      Paragraph title = paragraph(memo.title(), fonts.title);
      title.setSpacingAfter(8);
      document.add(title);
      PdfPTable facts = table(new float[] {22, 78});
      fact(facts, "memo.reference", memo.reference());
      fact(facts, "memo.track", memo.track());
      fact(facts, "memo.version", String.valueOf(memo.versionNumber()));
      fact(facts, "memo.status", label("ProposalStatus." + memo.status()));
      fact(facts, "memo.classification", label("Classification." + memo.marking()));
      fact(
          facts,
          "memo.generated",
          text("memo.generatedAtBy", time(memo.generatedAt()), memo.generatedBy()));
      document.add(facts);
      long unprintable = memo.freeTexts().mapToLong(MemoText::unprintable).sum();
      if (unprintable > 0) {
        document.add(paragraph(text("memo.unprintable", unprintable), fonts.small));
      }
    }

    private void section(String key) throws DocumentException {
      keepRoomFor(96);
      Paragraph heading = paragraph(text(key), fonts.section);
      heading.setSpacingBefore(14);
      heading.setSpacingAfter(6);
      heading.setKeepTogether(true);
      document.add(heading);
    }

    private PdfPTable ledger(List<LedgerPhase> phases) {
      PdfPTable table = table(new float[] {8, 46, 46});
      table.setHeaderRows(1);
      headerCells(table, "memo.ledger.step", "memo.ledger.ours", "memo.ledger.theirs");
      for (LedgerPhase phase : phases) {
        PdfPCell heading =
            cell(text("memo.ledger.phase", phase.number(), phase.title()), fonts.bold);
        heading.setColspan(3);
        heading.setBackgroundColor(PHASE_SHADE);
        table.addCell(heading);
        for (LedgerStep step : phase.steps()) {
          table.addCell(cell(phase.number() + "." + step.number(), fonts.body));
          table.addCell(ours(step));
          table.addCell(theirs(step));
        }
      }
      return table;
    }

    private PdfPCell ours(LedgerStep step) {
      PdfPCell cell = new PdfPCell();
      padded(cell);
      cell.addElement(paragraph(label("OurCategory." + step.ours().category()), fonts.bold));
      cell.addElement(paragraph(step.ours().description(), fonts.body));
      cell.addElement(
          paragraph(
              text(
                  "memo.ledger.reversibility",
                  label("Reversibility." + step.ours().reversibility())),
              fonts.small));
      SpentInstrument instrument = step.ours().instrument();
      if (instrument != null) {
        String named =
            instrument.tier() == null
                ? instrument.name()
                : text("memo.ledger.instrumentTier", instrument.name(), instrument.tier());
        cell.addElement(paragraph(text("memo.ledger.instrument", named), fonts.small));
      }
      return cell;
    }

    private PdfPCell theirs(LedgerStep step) {
      PdfPCell cell = new PdfPCell();
      padded(cell);
      cell.addElement(paragraph(label("TheirCategory." + step.theirs().category()), fonts.bold));
      cell.addElement(paragraph(step.theirs().description(), fonts.body));
      cell.addElement(
          paragraph(
              text(
                  "memo.ledger.reversibility",
                  label("Reversibility." + step.theirs().reversibility())),
              fonts.small));
      cell.addElement(
          paragraph(
              text(
                  "memo.ledger.verification",
                  label("Verification." + step.theirs().verification())),
              fonts.small));
      return cell;
    }

    private void findings(List<Finding> findings) throws DocumentException {
      if (findings.isEmpty()) {
        document.add(paragraph(text("memo.findings.none"), fonts.body));
        return;
      }
      PdfPTable table = table(new float[] {24, 12, 16, 48});
      table.setHeaderRows(1);
      headerCells(
          table,
          "memo.findings.rule",
          "memo.findings.severity",
          "memo.findings.where",
          "memo.findings.explanation");
      for (Finding finding : findings) {
        table.addCell(cell(label("RuleName." + finding.rule()), fonts.body));
        table.addCell(
            cell(
                label("Severity." + finding.severity()),
                finding.isBlocking() ? fonts.bold : fonts.body));
        table.addCell(cell(where(finding), fonts.body));
        table.addCell(cell(finding.explanation(), fonts.body));
      }
      document.add(table);
    }

    private String where(Finding finding) {
      if (finding.phaseNumber() == null) {
        return text("memo.findings.ledger");
      }
      return finding.stepNumber() == null
          ? text("memo.findings.phase", finding.phaseNumber())
          : text("memo.findings.phaseStep", finding.phaseNumber(), finding.stepNumber());
    }

    private void clearanceSheet(Memo memo) throws DocumentException {
      ClearanceSheet round = memo.clearance();
      if (round == null) {
        document.add(paragraph(text("memo.clearance.none"), fonts.body));
        return;
      }
      String state =
          round.cancelled()
              ? text("memo.clearance.cancelled")
              : round.open()
                  ? text("memo.clearance.open")
                  : text("memo.clearance.closed", label("RoundOutcome." + round.outcome()));
      Paragraph facts =
          paragraph(
              text(
                  "memo.clearance.round",
                  memo.versionNumber(),
                  time(round.openedAt()),
                  time(round.dueAt()),
                  state),
              fonts.body);
      facts.setSpacingAfter(6);
      document.add(facts);
      PdfPTable table = table(new float[] {15, 21, 24, 24, 16});
      table.setHeaderRows(1);
      headerCells(
          table,
          "memo.clearance.agency",
          "memo.clearance.position",
          "memo.clearance.by",
          "memo.clearance.at",
          "memo.clearance.actingFor");
      for (AgencyLine agency : round.agencies()) {
        table.addCell(cell(label("Agency." + agency.agency()), fonts.bold));
        boolean dissent = agency.position() == Position.NON_CONCUR;
        table.addCell(cell(position(agency), dissent ? fonts.bold : fonts.body));
        table.addCell(cell(orDash(agency.by()), fonts.body));
        table.addCell(cell(agency.at() == null ? "—" : time(agency.at()), fonts.body));
        table.addCell(cell(orDash(actingFor(agency.actingFor())), fonts.body));
      }
      document.add(table);
    }

    private String position(AgencyLine agency) {
      if (agency.position() != null) {
        return label("Position." + agency.position());
      }
      return agency.overdueSince() == null
          ? text("memo.clearance.noPosition")
          : text("memo.clearance.overdue", time(agency.overdueSince()));
    }

    private void splitMemo(ClearanceSheet round) throws DocumentException {
      if (round == null) {
        document.add(paragraph(text("memo.clearance.none"), fonts.body));
        return;
      }
      group("memo.split.concur", round.concurring(), "memo.split.noConcur");
      group("memo.split.dissent", round.dissenting(), "memo.split.noDissent");
      if (!round.requestingChanges().isEmpty()) {
        group("memo.split.changes", round.requestingChanges(), null);
      }
      if (!round.pending().isEmpty()) {
        group("memo.split.pending", round.pending(), null);
      }
    }

    private void group(String key, List<AgencyLine> agencies, String noneKey)
        throws DocumentException {
      keepRoomFor(48);
      document.add(paragraph(text(key, agencies.size()), fonts.bold));
      List<Paragraph> lines = new ArrayList<>();
      if (agencies.isEmpty() && noneKey != null) {
        lines.add(indented(text(noneKey), fonts.body, 12));
      }
      for (AgencyLine agency : agencies) {
        lines.add(indented(agencyLine(agency), fonts.body, 12));
        for (CommentLine comment : agency.comments()) {
          lines.add(
              indented(
                  text(
                      "memo.split.comment", label("CommentType." + comment.type()), comment.text()),
                  fonts.body,
                  24));
          if (comment.accepted() != null) {
            lines.add(indented(answer(comment), fonts.small, 36));
          }
        }
      }
      if (!lines.isEmpty()) {
        lines.get(lines.size() - 1).setSpacingAfter(8);
      }
      for (Paragraph line : lines) {
        document.add(line);
      }
    }

    private String agencyLine(AgencyLine agency) {
      String name = label("Agency." + agency.agency());
      return agency.position() == null
          ? name + ": " + position(agency)
          : text(
              "memo.split.line",
              name,
              label("Position." + agency.position()),
              orDash(agency.by()),
              time(agency.at()));
    }

    /** The drafters' answer to a comment they answered. */
    private String answer(CommentLine comment) {
      return comment.accepted()
          ? text("memo.split.accepted")
          : text("memo.split.rejected", orDash(comment.reason()));
    }

    private void decision(Memo memo) throws DocumentException {
      DecisionBlock decision = memo.decision();
      if (decision == null) {
        pendingDecision(memo);
        return;
      }
      PdfPTable table = table(new float[] {30, 70});
      fact(table, "memo.decision.outcome", label("DecisionOutcome." + decision.outcome()));
      fact(table, "memo.decision.rationale", decision.rationale());
      if (decision.conditions() != null) {
        fact(table, "memo.decision.conditions", decision.conditions());
      }
      fact(table, "memo.decision.by", decision.decidedBy());
      fact(table, "memo.decision.at", time(decision.decidedAt()));
      fact(
          table,
          "memo.decision.override",
          decision.overrideJustification() == null
              ? text("memo.decision.overrideNo")
              : text("memo.decision.overrideYes", decision.overrideJustification()));
      document.add(table);
    }

    private void pendingDecision(Memo memo) throws DocumentException {
      Paragraph block =
          paragraph(
              text(
                  "memo.decision.none",
                  memo.versionNumber(),
                  label("ProposalStatus." + memo.status())),
              fonts.body);
      if (memo.decisionPending()) {
        for (String line :
            List.of("memo.decision.blank", "memo.decision.signature", "memo.decision.date")) {
          block.add(Chunk.NEWLINE);
          block.add(Chunk.NEWLINE);
          block.add(new Chunk(plain(text(line)), fonts.body));
        }
      }
      document.add(block);
    }

    // --- building blocks ---

    private Paragraph paragraph(String value, Font font) {
      Paragraph paragraph = new Paragraph(plain(value), font);
      paragraph.setLeading(font.getSize() * 1.3f);
      return paragraph;
    }

    private Paragraph indented(String value, Font font, float indent) {
      Paragraph paragraph = paragraph(value, font);
      paragraph.setIndentationLeft(indent);
      return paragraph;
    }

    /**
     * Starts a new page unless {@code points} of height are left on this one, so that a heading is
     * never left alone at the foot of a page.
     */
    private void keepRoomFor(float points) {
      if (writer.getVerticalPosition(true) - document.bottom() < points) {
        document.newPage();
      }
    }

    private PdfPTable table(float[] widths) {
      PdfPTable table = new PdfPTable(widths);
      table.setWidthPercentage(100);
      table.setSpacingBefore(2);
      table.setSpacingAfter(4);
      return table;
    }

    private void headerCells(PdfPTable table, String... keys) {
      for (String key : keys) {
        PdfPCell header = cell(text(key), fonts.bold);
        header.setBackgroundColor(HEADER_SHADE);
        table.addCell(header);
      }
    }

    private void fact(PdfPTable table, String key, String value) {
      table.addCell(cell(text(key), fonts.bold));
      table.addCell(cell(value, fonts.body));
    }

    private PdfPCell cell(String value, Font font) {
      PdfPCell cell = new PdfPCell(new Phrase(plain(orDash(value)), font));
      padded(cell);
      return cell;
    }

    private void padded(PdfPCell cell) {
      cell.setPadding(4);
      cell.setBorderColor(RULE_GREY);
      cell.setBorderWidth(0.5f);
    }

    private String actingFor(String recorded) {
      if (recorded == null) {
        return null;
      }
      return texts.containsKey("Agency." + recorded) ? label("Agency." + recorded) : recorded;
    }
  }

  /** The fonts of one rendering: standard Helvetica, so nothing is embedded. */
  private static final class Fonts {

    static final float SMALL = 8;

    final BaseFont regular = base(BaseFont.HELVETICA);
    final BaseFont boldFace = base(BaseFont.HELVETICA_BOLD);
    final Font body = new Font(regular, 10);
    final Font bold = new Font(boldFace, 10);
    final Font small = new Font(regular, SMALL);
    final Font section = new Font(boldFace, 13);
    final Font heading = new Font(boldFace, 16);
    final Font title = new Font(boldFace, 12);
    final Font marking = new Font(boldFace, 12);

    private static BaseFont base(String name) {
      try {
        return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (DocumentException e) {
        throw new IllegalStateException("No standard font " + name, e);
      }
    }
  }

  // --- texts ---

  private String label(String key) {
    return texts.getString(key);
  }

  private String text(String key, Object... params) {
    return MessageFormat.format(texts.getString(key), params);
  }

  private static String time(Instant instant) {
    return instant == null ? "—" : TIME.format(instant);
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }

  /** The text as the standard fonts can print it. */
  private static String plain(String value) {
    return MemoText.printable(value);
  }
}
