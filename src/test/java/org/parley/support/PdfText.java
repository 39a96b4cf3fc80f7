package org.parley.support;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * The text of a PDF as Apache PDFBox reads it: a reader independent of OpenPDF, which writes
 * Parley's decision memos (docs/adr/0016), so a test sees what any reader would. Whole text, text
 * per page, and the text of each page's top and bottom bands (where the classification marking
 * belongs).
 *
 * @param pages the text of each page, in order, read in position order
 * @param tops the text within {@link #BAND} points of each page's top edge
 * @param bottoms the text within {@link #BAND} points of each page's bottom edge
 */
public record PdfText(String title, List<String> pages, List<String> tops, List<String> bottoms) {

  /** How far from the edge a page's top and bottom bands reach, in points. */
  public static final float BAND = 48;

  /** Reads {@code pdf}; fails the test (unchecked) when it is no readable PDF. */
  public static PdfText read(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      List<String> tops = new ArrayList<>();
      List<String> bottoms = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(document));
        PDPage page = document.getPage(i - 1);
        PDRectangle box = page.getMediaBox();
        PDFTextStripperByArea bands = new PDFTextStripperByArea();
        bands.setSortByPosition(true);
        bands.addRegion("top", new Rectangle2D.Float(0, 0, box.getWidth(), BAND));
        bands.addRegion(
            "bottom", new Rectangle2D.Float(0, box.getHeight() - BAND, box.getWidth(), BAND));
        bands.extractRegions(page);
        tops.add(bands.getTextForRegion("top").strip());
        bottoms.add(bands.getTextForRegion("bottom").strip());
      }
      return new PdfText(document.getDocumentInformation().getTitle(), pages, tops, bottoms);
    } catch (IOException e) {
      throw new UncheckedIOException("Not a readable PDF", e);
    }
  }

  public int pageCount() {
    return pages.size();
  }

  /** The whole text, pages joined, whitespace (line breaks included) collapsed to single spaces. */
  public String flat() {
    return String.join(" ", pages).replaceAll("\\s+", " ");
  }

  /** Where {@code text} first appears in {@link #flat()}, -1 if nowhere. */
  public int indexOf(String text) {
    return flat().indexOf(text);
  }
}
