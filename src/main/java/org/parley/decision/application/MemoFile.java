package org.parley.decision.application;

import org.parley.shared.Classification;

/**
 * A decision memo ready to download.
 *
 * @param fileName the name to offer, e.g. {@code DPRK-2026-0003-v2-memo.pdf}: letters, digits and
 *     dashes only, so it is safe in a header
 * @param pdf the bytes of the PDF file
 * @param marking the classification its pages are marked with
 */
public record MemoFile(String fileName, byte[] pdf, Classification marking) {

  /** What a memo file is. */
  public static final String MEDIA_TYPE = "application/pdf";

  /** The {@code Content-Disposition} value that offers the file for download. */
  public String contentDisposition() {
    return "attachment; filename=\"" + fileName + "\"";
  }
}
