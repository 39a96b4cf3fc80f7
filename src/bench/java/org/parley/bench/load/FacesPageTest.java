package org.parley.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FacesPageTest {

  /** Trimmed from /proposals/edit.xhtml as Parley renders it in PrimeFaces' CSP mode. */
  private static final String EDITOR =
      """
      <form id="user-form" name="user-form" method="post" action="/proposals/edit.xhtml">
      <input type="hidden" name="jakarta.faces.ViewState" id="j_id1:jakarta.faces.ViewState:0" \
      value="9214996325333803789:1228674028718328900" autocomplete="off" />
      </form>
      <div class="ui-helper-hidden-accessible"><select id="proposal-form:phases:0:steps:0:our-instrument_input" \
      name="proposal-form:phases:0:steps:0:our-instrument_input" tabindex="-1"><option value="" \
      selected="selected" data-noselection-option="true">— none —</option><option value="5" \
      data-escape="true">U.S. secondary sanctions — tier 1</option><option value="11" \
      data-escape="true">Declaration ending the Korean War — tier 2</option></select></div>
      <select id="proposal-form:phases:0:steps:0:their-verification_input" \
      name="proposal-form:phases:0:steps:0:their-verification_input"><option value="">Choose</option>\
      <option value="SELF_DECLARATION">Self-declaration</option></select>
      <script nonce="OTU2YmMx">$(function(){PrimeFaces.csp.init('OTU2YmMxMjQtNmFjOC00ZDZjLWJlMjgtZTA1ODU4N2Y3MmM1');});</script>
      """;

  private static final String FINDINGS_UPDATE =
      """
      <?xml version='1.0' encoding='UTF-8'?>
      <partial-response><changes><update id="proposal-form:findings"><![CDATA[<div id="proposal-form:findings">\
      <p class="findings-count">No blocking finding, 1 warning.</p></div>]]></update>\
      <update id="j_id1:jakarta.faces.ViewState:0"><![CDATA[5333926167372364768:-8847749694167727230]]></update>\
      <eval><![CDATA[if(window.PrimeFaces){PrimeFaces.csp.init('MGQyNTI5MjAtYmQxMi00ZWVj');};]]></eval>\
      </changes></partial-response>
      """;

  @Test
  void readsViewStateAndNonceOfAPage() {
    assertEquals(
        Optional.of("9214996325333803789:1228674028718328900"), FacesPage.viewState(EDITOR));
    assertEquals(
        Optional.of("OTU2YmMxMjQtNmFjOC00ZDZjLWJlMjgtZTA1ODU4N2Y3MmM1"), FacesPage.nonce(EDITOR));
  }

  @Test
  void readsTheViewStateAndTheNewNonceOfAPartialResponse() {
    assertEquals(
        Optional.of("5333926167372364768:-8847749694167727230"),
        FacesPage.updatedViewState(FINDINGS_UPDATE));
    assertEquals(Optional.of("MGQyNTI5MjAtYmQxMi00ZWVj"), FacesPage.nonce(FINDINGS_UPDATE));
    assertEquals(Optional.empty(), FacesPage.updatedViewState(EDITOR));
  }

  @Test
  void listsTheChoicesOfOneMenuOnly() {
    assertEquals(
        List.of("5", "11"),
        FacesPage.optionValues(EDITOR, "proposal-form:phases:0:steps:0:our-instrument_input"));
    assertEquals(
        List.of("SELF_DECLARATION"),
        FacesPage.optionValues(EDITOR, "proposal-form:phases:0:steps:0:their-verification_input"));
    assertTrue(FacesPage.optionValues(EDITOR, "no-such-menu").isEmpty());
  }

  @Test
  void acceptsASignedInPageWithViewStateAndNonce() {
    assertEquals(FacesPage.OK, FacesPage.pageVerdict(EDITOR));
  }

  @Test
  void refusesTheSignInPageAnErrorPageAndAPageWithoutNonce() {
    assertEquals(
        "sign-in page instead of the page",
        FacesPage.pageVerdict(EDITOR + "<form id=\"login-form\" name=\"login-form\">"));
    assertEquals("error page", FacesPage.pageVerdict(EDITOR + "<p class=\"error-text\">Sorry</p>"));
    assertEquals(
        "no PrimeFaces CSP nonce",
        FacesPage.pageVerdict(EDITOR.replace("PrimeFaces.csp.init", "other")));
    assertEquals("no jakarta.faces.ViewState", FacesPage.pageVerdict("<html></html>"));
  }

  @Test
  void acceptsAPartialResponseThatUpdates() {
    assertEquals(FacesPage.OK, FacesPage.partialVerdict(FINDINGS_UPDATE));
  }

  @Test
  void countsErrorsRedirectsToSignInOrErrorPagesAndOtherAnswersAsErrors() {
    assertEquals(
        "partial-response with <error>",
        FacesPage.partialVerdict(
            "<partial-response><error><error-name>jakarta.faces.application.ViewExpiredException"
                + "</error-name><error-message><![CDATA[View could not be restored]]>"
                + "</error-message></error></partial-response>"));
    assertEquals(
        "redirect to the sign-in page",
        FacesPage.partialVerdict(
            "<partial-response><redirect url=\"/login.xhtml\"></redirect></partial-response>"));
    assertEquals(
        "redirect to an error page",
        FacesPage.partialVerdict(
            "<partial-response><redirect url=\"/WEB-INF/errorpages/expired.xhtml\"/>"
                + "</partial-response>"));
    assertEquals("not a partial-response", FacesPage.partialVerdict(EDITOR));
    assertEquals("not a partial-response", FacesPage.partialVerdict(null));
  }

  @Test
  void findsProposalLinks() {
    String row = "<a href=\"/proposals/view.xhtml?id=42\" class=\"proposal-reference\">DPRK-1</a>";
    assertTrue(java.util.regex.Pattern.compile(FacesPage.PROPOSAL_LINK_REGEX).matcher(row).find());
  }
}
