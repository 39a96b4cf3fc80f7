package org.parley.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.Page;
import org.parley.support.PageSession;
import org.parley.support.Workflow;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.Layout;
import org.parley.support.browser.SignInPage;
import org.parley.support.database.DatabaseNeutral;
import org.parley.support.database.DatabaseSensitive;

/**
 * Battery 2 of the Security issue: every endpoint and every page that takes an id, asked with the
 * ids of another track's proposal, of a proposal routed to other agencies, of one above the
 * caller's clearance, of a comment of another proposal, and with ids that do not exist. Each
 * answers 404 (or 403 where the caller lacks the role for what they ask), shows nothing of the
 * proposal, and changes nothing.
 */
@DatabaseNeutral(
    "the pages look proposals up through the same queries as the REST endpoints, whose tests here run on PostgreSQL too")
@ExtendWith(BrowserExtension.class)
class IdorIT {

  private static final String MISSING = "987654321";

  private static long routed;
  private static String routedTitle;
  private static String notRoutedAgency;
  private static String otherRoutedAgency;
  private static long iranDraft;
  private static String iranTitle;
  private static long withComment;
  private static long otherDraft;
  private static long commentId;

  @BeforeAll
  static void scenarios() {
    String token = Workflow.token();
    routedTitle = token + " routed";
    JsonObject submitted =
        Workflow.submit(Workflow.id(Workflow.draft(routedTitle, "SECRET")), "DEFENSE");
    routed = Workflow.id(submitted);
    List<String> agencies = Workflow.requiredAgencies(submitted);
    notRoutedAgency =
        Workflow.AGENCIES.stream().filter(a -> !agencies.contains(a)).findFirst().orElseThrow();
    otherRoutedAgency = agencies.stream().filter(a -> !a.equals("STATE")).findFirst().orElseThrow();
    iranTitle = token + " iran";
    HttpResponse<String> iran =
        Workflow.post("iran-envoy", "/api/proposals", Workflow.iranProposal(iranTitle));
    assertEquals(201, iran.statusCode(), iran.body());
    iranDraft = Workflow.id(Api.object(iran));
    withComment = Workflow.id(Workflow.draft(token + " commented", "SECRET"));
    Workflow.submit(withComment);
    Workflow.answerRound(
        withComment,
        Map.of("STATE", Workflow.position("CHANGES_REQUESTED", "SUBSTANTIVE", "Tie it to IAEA.")));
    commentId =
        Workflow.clearance(withComment)
            .getJsonArray("positions")
            .getValuesAs(JsonObject.class)
            .stream()
            .flatMap(p -> p.getJsonArray("comments").getValuesAs(JsonObject.class).stream())
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    otherDraft = Workflow.id(Workflow.draft(token + " other draft", "SECRET"));
  }

  @DatabaseSensitive("lookups by foreign or missing ids, need-to-know in the queries")
  @Test
  void restEndpointsGiveNothingAwayForForeignOrMissingIds() {
    List<String> failures = new ArrayList<>();
    int probes = 0;
    // Reads with ids of another track, another agency's proposal, above clearance, missing.
    String[][] hidden = {
      {"drafter", Long.toString(iranDraft)},
      {"envoy", Long.toString(iranDraft)},
      {"iran-envoy", Long.toString(routed)},
      {reviewerOf(notRoutedAgency), Long.toString(routed)},
      {"analyst", Long.toString(routed)},
      {"deputy", Long.toString(routed)},
      {"state", MISSING},
      {"drafter", MISSING},
    };
    for (String[] userAndId : hidden) {
      for (String rest : new String[] {"", "/history", "/clearance"}) {
        probes++;
        expect(failures, 404, Workflow.get(userAndId[0], "/api/proposals/" + userAndId[1] + rest));
      }
    }
    String before = state(routed);
    // Positions for an agency other than one's own, routed or not.
    probes += 2;
    expect(
        failures,
        403,
        Workflow.post(
            "state",
            "/api/proposals/" + routed + "/clearance/" + otherRoutedAgency,
            Workflow.position("CONCUR")));
    expect(
        failures,
        404,
        Workflow.post(
            reviewerOf(notRoutedAgency),
            "/api/proposals/" + routed + "/clearance/" + notRoutedAgency,
            Workflow.position("CONCUR")));
    assertEquals(before, state(routed));
    // A comment of one proposal answered through another's address.
    probes++;
    expect(
        failures,
        404,
        Workflow.post(
            "drafter",
            "/api/proposals/" + otherDraft + "/comments/" + commentId + "/resolution",
            "{\"accepted\":true}"));
    assertEquals(
        true,
        Workflow.clearance(withComment).toString().contains("\"resolution\":null"),
        "the comment is still unanswered");
    // Drafting on another track, or on one that does not exist.
    probes += 2;
    expect(
        failures,
        403,
        Workflow.post(
            "drafter",
            "/api/proposals",
            Workflow.proposal(Workflow.IRAN_TRACK, "Not my track", "SECRET").build()));
    expect(
        failures,
        400,
        Workflow.post(
            "drafter",
            "/api/proposals",
            Workflow.proposal(Long.parseLong(MISSING), "No track", "SECRET").build()));
    // A list filtered by another track shows nothing of it.
    probes++;
    JsonObject foreignList =
        Api.object(Workflow.get("drafter", "/api/proposals?trackId=" + Workflow.IRAN_TRACK));
    if (foreignList.getInt("total") != 0) {
      failures.add("drafter lists Iran proposals: " + foreignList);
    }
    // The CSV export lists only what the caller may see, whatever the filter names.
    probes += 3;
    for (String[] userAndTitle :
        new String[][] {
          {"drafter", iranTitle},
          {"analyst", routedTitle},
          {reviewerOf(notRoutedAgency), routedTitle}
        }) {
      HttpResponse<String> export =
          Api.send(
              Api.request("/api/proposals/export.csv", userAndTitle[0], DemoUsers.PASSWORD)
                  .setHeader("Accept", "text/csv"));
      if (export.statusCode() != 200 || export.body().contains(userAndTitle[1])) {
        failures.add(userAndTitle[0] + "'s export: " + export.statusCode() + " " + export.body());
      }
    }
    HttpResponse<String> ownExport =
        Api.send(
            Api.request("/api/proposals/export.csv", "state", DemoUsers.PASSWORD)
                .setHeader("Accept", "text/csv"));
    if (!ownExport.body().contains(routedTitle)) {
      failures.add("state's export lacks the proposal routed to STATE: " + ownExport.body());
    }
    System.out.printf("BATTERY idor-rest: probes=%d failures=%d%n", probes, failures.size());
    assertEquals(List.of(), failures);
  }

  @Test
  void pagesThatTakeAnIdAnswerNotFoundAndShowNothing(Browsers browsers) {
    Browser browser = browsers.open();
    String[] views = {
      "/proposals/view.xhtml?id=",
      "/proposals/edit.xhtml?id=",
      "/proposals/redline.xhtml?from=1&to=1&id=",
      "/proposals/ledger.xhtml?id=",
      "/clearance/review.xhtml?id=",
      "/clearance/comments.xhtml?id=",
      "/decisions/decide.xhtml?id="
    };
    Object[][] cases = {
      {"drafter", Long.toString(iranDraft), iranTitle},
      {"iran-envoy", Long.toString(routed), routedTitle},
      {"analyst", Long.toString(routed), routedTitle},
      {reviewerOf(notRoutedAgency), Long.toString(routed), routedTitle},
      {"deputy", Long.toString(routed), routedTitle},
      {"drafter", MISSING, "no title"},
      {"drafter", "not-a-number", "no title"},
    };
    List<String> failures = new ArrayList<>();
    int probes = 0;
    for (Object[] c : cases) {
      String user = (String) c[0];
      Layout layout = SignInPage.open(browser).signInAs(user);
      String session = browser.sessionId();
      for (String view : views) {
        probes++;
        HttpResponse<String> page = page(view + c[1], session);
        if (page.statusCode() != 404) {
          failures.add(user + " " + view + c[1] + " answered " + page.statusCode());
        }
        if (page.body().contains((String) c[2])) {
          failures.add(user + " " + view + c[1] + " shows the title");
        }
      }
      layout.signOut();
    }
    System.out.printf("BATTERY idor-pages: probes=%d failures=%d%n", probes, failures.size());
    assertEquals(List.of(), failures);
  }

  /**
   * The dashboard names a track in its address (issue 7): a track the caller does not oversee
   * answers 403, one that does not exist 404, and neither shows a figure or a title.
   */
  @DatabaseSensitive("the dashboard's queries for a track the caller does not oversee")
  @Test
  void theDashboardShowsNothingOfATrackTheCallerDoesNotOversee() {
    Object[][] cases = {
      {"iran-envoy", "/dashboard.xhtml?trackId=" + Workflow.TRACK, 403},
      {"envoy", "/dashboard.xhtml?trackId=" + Workflow.IRAN_TRACK, 403},
      {
        "iran-envoy",
        "/dashboard.xhtml?tile=pipeline&from=2020-01-01&trackId=" + Workflow.TRACK,
        403
      },
      {"drafter", "/dashboard.xhtml", 403},
      {"drafter", "/dashboard.xhtml?trackId=" + Workflow.TRACK, 403},
      {"state", "/dashboard.xhtml?tile=pipeline&from=2020-01-01", 403},
      {"deputy", "/dashboard.xhtml?trackId=" + MISSING, 404},
      {"iran-envoy", "/dashboard.xhtml?trackId=" + MISSING, 404},
    };
    List<String> failures = new ArrayList<>();
    for (Object[] c : cases) {
      Page answer = new PageSession().signInAs((String) c[0]).get((String) c[1]);
      if (answer.status() != (int) c[2]) {
        failures.add(c[0] + " " + c[1] + " answered " + answer.status());
      }
      for (String secret : List.of(routedTitle, iranTitle, "pipeline-table", "drill-table")) {
        if (answer.body().contains(secret)) {
          failures.add(c[0] + " " + c[1] + " shows " + secret);
        }
      }
    }
    System.out.printf(
        "BATTERY idor-dashboard: probes=%d failures=%d%n", cases.length, failures.size());
    assertEquals(List.of(), failures);
  }

  private static HttpResponse<String> page(String path, String sessionId) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(Api.BASE_URL + path))
            .timeout(Duration.ofSeconds(30))
            .header("Cookie", "JSESSIONID=" + sessionId)
            .GET()
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void expect(List<String> failures, int status, HttpResponse<String> answer) {
    if (answer.statusCode() != status) {
      failures.add(
          answer.request().method()
              + " "
              + answer.uri()
              + ": expected "
              + status
              + ", got "
              + answer.statusCode()
              + " "
              + answer.body());
    }
  }

  private static String state(long id) {
    JsonObject proposal = Workflow.read("envoy", id);
    return proposal.getString("status") + "/" + proposal.getJsonNumber("version");
  }

  private static String reviewerOf(String agency) {
    return Workflow.reviewerOf(agency);
  }
}
