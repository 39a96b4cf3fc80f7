package org.parley.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.Api;
import org.parley.support.ProposalScenario;
import org.parley.support.Workflow;
import org.parley.support.browser.Browser;
import org.parley.support.browser.BrowserExtension;
import org.parley.support.browser.Browsers;
import org.parley.support.browser.PrimeFacesControls;
import org.parley.support.browser.ProposalDrafts;
import org.parley.support.browser.ProposalEditorPage;
import org.parley.support.browser.ProposalPage;
import org.parley.support.browser.SignInPage;

/**
 * Failover: two cluster nodes on this machine (port offsets 100 and 200) on PostgreSQL, HAProxy in
 * front ({@code parley.base.url}, port 8000). A drafter is half-way through the proposal editor and
 * a State reviewer half-way through a clearance page, both served by node1, when node1 is killed
 * with {@code kill -9}. Both go on, on node2, without signing in again and without losing what they
 * typed before their last request; each transition is applied once.
 *
 * <p>Needs the server provisioned with {@code -Dparley.db=postgresql -Pcluster}.
 */
@ExtendWith(BrowserExtension.class)
@EnabledIfSystemProperty(named = "parley.db", matches = "postgresql")
class FailoverFault {

  private static final Duration BOOT = Duration.ofMinutes(4);
  private static final String MEMBERS_A = "-Dparley.cluster.a.port=7700";
  private static final String MEMBERS_B = "-Dparley.cluster.b.port=7800";

  @Test
  void usersGoOnOnTheOtherNodeAfterKillNine(Browsers browsers) throws Exception {
    Path home = Path.of(System.getProperty("parley.server.dir", "target/server"));
    Path dir = Path.of(System.getProperty("parley.fault.dir", "target/fault"));
    List<String> options = List.of("-Dparley.demo=true", MEMBERS_A, MEMBERS_B);
    ServerNode node1 = node(home, dir, "node1", 100, options);
    ServerNode node2 = node(home, dir, "node2", 200, options);
    Balancer balancer = null;
    try {
      node1.start(BOOT);
      node2.start(BOOT);
      Files.createDirectories(dir);
      balancer =
          Balancer.start(
              Path.of("deploy/cluster/haproxy.cfg"),
              8000,
              node1,
              node2,
              dir.resolve("haproxy.log"));

      // Routed to State and Energy (a liaison office for a freeze), as in ClearanceReviewBrowserIT.
      long inClearance =
          ProposalScenario.create(
              ProposalScenario.content(
                  "Failover review " + Workflow.token(),
                  "A round that State reviews while its node dies.",
                  "UNCLASSIFIED",
                  ProposalScenario.phase(
                      "Freeze",
                      ProposalScenario.step(
                          ProposalScenario.ours(
                              "LIAISON_OFFICE", "Open a liaison office", "EASILY_REVERSIBLE"),
                          ProposalScenario.theirs(
                              "FREEZE",
                              "Freeze Yongbyon",
                              "REVERSIBLE_AT_COST",
                              "SELF_DECLARATION")))));
      ProposalScenario.submit(inClearance);
      String title = "Failover draft " + ProposalDrafts.uniqueTag();

      // The drafter types, and an ajax request (a new phase) takes it to node1's view state.
      Browser drafter = pinnedTo(browsers.open(), "node1");
      SignInPage.open(drafter).signInAs("drafter");
      ProposalEditorPage editor =
          ProposalEditorPage.openNew(drafter, ProposalDrafts.WORKING_TRACK)
              .title(title)
              .summary("Typed on node1 before it died.")
              .phaseTitle(0, "Typed before the kill")
              .ours(0, 0, "Humanitarian aid", "Food aid through UN agencies.", "Easily reversible")
              .theirs(
                  0, 0, "Freeze", "Freeze at Yongbyon.", "Reversible at cost", "Self-declaration")
              .addPhase();

      // The reviewer picks a position, adds a comment and asks to record it (the confirmation).
      Browser reviewer = pinnedTo(browsers.open(), "node1");
      SignInPage.open(reviewer).signInAs("state");
      reviewer.open("/clearance/review.xhtml?id=" + inClearance);
      PrimeFacesControls controls = new PrimeFacesControls(reviewer);
      controls.chooseOption("review-form:position", "Concur with comments");
      reviewer.clickAndWaitForAjax("review-form:add-comment");
      controls.chooseFromMenu("review-form:rows:0:comment-type", "Substantive");
      reviewer.type("review-form:rows:0:comment-text", "Typed on node1 before it died.");
      reviewer.clickAndWaitForAjax("review-form:review");
      controls.waitForDialog("review-form:confirm-dialog");
      assertEquals("node1", served(drafter), "the drafter's session is on node1");
      assertEquals("node1", served(reviewer), "the reviewer's session is on node1");

      node1.kill();

      ProposalPage saved =
          editor
              .phaseTitle(1, "Typed after the kill")
              .ours(1, 0, "Liaison office", "Open liaison offices.", "Easily reversible")
              .theirs(1, 0, "Declaration", "Declare every site.", "Irreversible", "None")
              .save();
      reviewer.clickAndWaitForPage("review-form:confirm-record");

      boolean drafterGoesOn = saved.isShown() && !drafter.currentPath().startsWith("/login");
      boolean reviewerGoesOn =
          reviewer.element("messages").getText().contains("position is recorded");
      assertTrue(drafterGoesOn, "the drafter's save worked on node2: " + drafter.currentPath());
      assertTrue(reviewerGoesOn, "the reviewer's position was recorded on node2");
      assertEquals(
          List.of("Typed before the kill", "Typed after the kill"), saved.phaseTitles(), "input");
      assertTrue(saved.summary().contains("Typed on node1 before it died."), saved.summary());
      JsonObject state =
          ProposalScenario.clearance(inClearance).getJsonArray("positions").stream()
              .map(JsonObject.class::cast)
              .filter(p -> p.getString("agency").equals("STATE"))
              .findFirst()
              .orElseThrow();
      assertEquals("CONCUR_WITH_COMMENTS", state.getString("position"));
      assertEquals(
          "Typed on node1 before it died.",
          state.getJsonArray("comments").getJsonObject(0).getString("text"));
      long created = count(Workflow.actions(saved.id()), "CREATED");
      long positions = count(Workflow.actions(inClearance), "POSITION_TAKEN");
      assertEquals(1, created, "the draft was created once");
      assertEquals(1, positions, "State's position was taken once");
      assertEquals("node2", served(drafter));
      assertFalse(drafter.currentPath().startsWith("/login"));
      System.out.printf(
          "FAULT failover: nodes=2 killed=node1 users=2 went-on=%d signed-in-again=0"
              + " input-lost=0 applied-twice=%d balancer=%s%n",
          (drafterGoesOn ? 1 : 0) + (reviewerGoesOn ? 1 : 0),
          (created - 1) + (positions - 1),
          Api.BASE_URL);
    } finally {
      if (balancer != null) {
        balancer.stop();
      }
      node1.stop();
      node2.stop();
    }
  }

  private static ServerNode node(Path home, Path dir, String name, int offset, List<String> options)
      throws Exception {
    Path base = dir.resolve(name);
    CrashDurabilityFault.deleteTree(base);
    ServerNode.copyOfStandalone(home, base);
    return new ServerNode(home, base, name, offset, options);
  }

  /** Sends the browser's requests to {@code node} through the balancer's sticky cookie. */
  private static Browser pinnedTo(Browser browser, String node) {
    browser.open("/api/health");
    browser.setCookie("PARLEY_NODE", node);
    return browser;
  }

  /** The node the balancer sends this browser to, by its sticky cookie. */
  private static String served(Browser browser) {
    String node = browser.cookie("PARLEY_NODE");
    return node == null ? "(no cookie)" : node;
  }

  private static long count(List<String> actions, String action) {
    return actions.stream().filter(action::equals).count();
  }
}
