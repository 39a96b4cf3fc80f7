package org.parley.decision.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.parley.decision.application.DecisionMemo;
import org.parley.decision.application.MemoFile;
import org.parley.platform.faces.PageMessages;
import org.parley.shared.ConflictException;

/**
 * The "Decision memo (PDF)" button of the decision and proposal pages ({@code
 * parley:memoDownload}): sends the memo as the answer to the button's POST, so the page stays where
 * it is. A refusal of the memo service becomes a page message; "not found" and "access denied" go
 * to their error pages, as for any page.
 */
@Named
@RequestScoped
public class MemoDownloadBean {

  @Inject private DecisionMemo memos;

  /**
   * Answers the request with the memo of {@code proposalId}.
   *
   * @param from the page the memo is downloaded from, for the audit trail
   */
  public void download(long proposalId, String from) {
    MemoFile memo;
    try {
      memo = memos.memo(proposalId, from);
    } catch (ConflictException e) {
      PageMessages.refused(e);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext response = faces.getExternalContext();
    response.responseReset();
    response.setResponseContentType(MemoFile.MEDIA_TYPE);
    response.setResponseContentLength(memo.pdf().length);
    response.setResponseHeader("Content-Disposition", memo.contentDisposition());
    response.setResponseHeader("Cache-Control", "no-store");
    try (OutputStream out = response.getResponseOutputStream()) {
      out.write(memo.pdf());
    } catch (IOException e) {
      throw new UncheckedIOException("The memo could not be sent.", e);
    }
    faces.responseComplete();
  }
}
