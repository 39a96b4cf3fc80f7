package org.parley.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.access.domain.Access;
import org.parley.access.domain.Permission;
import org.parley.access.domain.ProposalFacts;
import org.parley.access.domain.Subject;
import org.parley.shared.Agency;
import org.parley.shared.Classification;
import org.parley.shared.ProposalStatus;
import org.parley.support.DemoUsers;
import org.parley.support.DemoUsers.DemoUser;
import org.parley.support.Page;
import org.parley.support.PageSession;
import org.parley.support.PolicySubjects;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseNeutral;

/**
 * Battery 1 of the Security issue over the pages: for every workflow action a page offers, the
 * postback its rightful user sends is replayed by every demo user the policy table refuses the
 * action, each in their own signed-in session with a view state of their own (of the same page
 * where they may open it, else of their home page). Nothing may change. A final control sends the
 * same postback as the rightful user and must change the proposal, so the probes did reach the
 * action.
 */
@DatabaseNeutral(
    "the refusals are decided by the policy table in Java; AuthorizationMatrixIT runs the same refusals over REST on PostgreSQL")
class PagePostbackMatrixIT {

  /** A page action: where it is, the form and button, and what the rightful user fills in. */
  record Action(
      Permission permission,
      String page,
      String form,
      String button,
      String rightfulUser,
      UnaryOperator<Page.Form> fill) {}

  private static final List<Action> ACTIONS =
      List.of(
          new Action(
              Permission.SUBMIT,
              "/proposals/view.xhtml?id=",
              "submit-form",
              "submit-form:confirm-submit",
              "envoy",
              form -> form),
          new Action(
              Permission.WITHDRAW,
              "/proposals/view.xhtml?id=",
              "withdraw-form",
              "withdraw-form:confirm-withdraw",
              "envoy",
              form -> form.set("withdraw-form:reason", "Replayed withdrawal.")),
          new Action(
              Permission.TAKE_POSITION,
              "/clearance/review.xhtml?id=",
              "review-form",
              "review-form:confirm-record",
              "state",
              form -> form.set("review-form:position", "CONCUR")),
          new Action(
              Permission.DECIDE,
              "/decisions/decide.xhtml?id=",
              "decide-form",
              "decide-form:confirm-decide",
              "deputy",
              form ->
                  form.set("decide-form:outcome", "REJECTED")
                      .set("decide-form:rationale", "Replayed decision.")));

  @Test
  void noPostbackOfAUserThePolicyRefusesChangesAnything() {
    Map<String, PageSession> sessions = new LinkedHashMap<>();
    Map<String, Subject> subjects = new LinkedHashMap<>();
    for (DemoUser user : DemoUsers.ALL) {
      sessions.put(user.username(), new PageSession().signInAs(user.username()));
      subjects.put(user.username(), PolicySubjects.of(user.username()));
    }
    List<String> failures = new ArrayList<>();
    int replays = 0;
    int controls = 0;
    for (Action action : ACTIONS) {
      long id = proposalFor(action.permission());
      ProposalFacts facts = facts(id);
      String path = action.page() + id;
      Page.Form rightful =
          action
              .fill()
              .apply(sessions.get(action.rightfulUser()).get(path).form(action.form()))
              .pressAjax(action.button(), action.form(), action.form());
      String before = state(id);
      for (Subject subject : subjects.values()) {
        Access access = action.permission().evaluate(subject, facts);
        if (access == Access.GRANTED) {
          continue;
        }
        replays++;
        PageSession session = sessions.get(subject.username());
        Page own = session.get(path);
        String viewState =
            (own.status() == 200 ? own : session.get("/index.xhtml"))
                .form("user-form")
                .viewState()
                .orElseThrow();
        Page answer = session.submit(rightful.set(Page.VIEW_STATE, viewState));
        if (answer.status() >= 500 || !before.equals(state(id))) {
          failures.add(
              subject.username()
                  + " replayed "
                  + action.permission()
                  + " ("
                  + access
                  + "): "
                  + answer.status()
                  + ", "
                  + before
                  + " → "
                  + state(id));
        }
      }
      controls++;
      PageSession rightfulSession = sessions.get(action.rightfulUser());
      Page.Form fresh =
          action
              .fill()
              .apply(rightfulSession.get(path).form(action.form()))
              .pressAjax(action.button(), action.form(), action.form());
      rightfulSession.submit(fresh);
      if (before.equals(state(id))) {
        failures.add("control: " + action.rightfulUser() + "'s own postback changed nothing");
      }
    }
    System.out.printf(
        "BATTERY authorization-matrix-pages: actions=%d users=%d replays=%d"
            + " unauthorized-successes=%d controls=%d%n",
        ACTIONS.size(), subjects.size(), replays, failures.size(), controls);
    assertEquals(List.of(), failures);
  }

  /**
   * The dashboard (issue 7) changes nothing, but its postbacks open lists: the deputy's postback
   * that opens the pipeline's drill-down, replayed by every demo user the policy table refuses
   * {@link Permission#VIEW_DASHBOARD} with a view state of their own, shows them no list.
   */
  @Test
  void noDashboardPostbackShowsItsListToAUserThePolicyRefuses() {
    PageSession deputy = new PageSession().signInAs("deputy");
    Page.Form rightful =
        deputy
            .get("/dashboard.xhtml?from=2020-01-01")
            .form("tiles-form")
            .pressAjax("tiles-form:pipeline-all", "tiles-form:pipeline-all", "drill-form:drill");
    Page control = deputy.submit(rightful);
    assertEquals(true, control.body().contains("drill-form:drill-table"), control.body());
    List<String> failures = new ArrayList<>();
    int replays = 0;
    for (DemoUser user : DemoUsers.ALL) {
      Subject subject = PolicySubjects.of(user.username());
      if (Permission.VIEW_DASHBOARD.evaluate(subject) == Access.GRANTED) {
        continue;
      }
      replays++;
      PageSession session = new PageSession().signInAs(user.username());
      String viewState = session.get("/index.xhtml").form("user-form").viewState().orElseThrow();
      Page answer = session.submit(rightful.set(Page.VIEW_STATE, viewState));
      if (answer.status() >= 500 || answer.body().contains("drill-table")) {
        failures.add(user.username() + " replayed the drill-down: " + answer.status());
      }
    }
    System.out.printf(
        "BATTERY authorization-matrix-dashboard: replays=%d unauthorized-successes=%d%n",
        replays, failures.size());
    assertEquals(List.of(), failures);
  }

  // --- the proposals ---

  private static long proposalFor(Permission permission) {
    String title = Workflow.token() + " " + permission;
    return switch (permission) {
      case SUBMIT, WITHDRAW -> Workflow.id(Workflow.draft(title, "SECRET"));
      case TAKE_POSITION ->
          Workflow.id(Workflow.submit(Workflow.id(Workflow.draft(title, "SECRET"))));
      case DECIDE -> Workflow.id(Workflow.awaitingDecision(title, "SECRET"));
      default -> throw new IllegalArgumentException(permission.name());
    };
  }

  /** The facts of a proposal of the DPRK track, drafted by the drafter. */
  private static ProposalFacts facts(long id) {
    JsonObject proposal = Workflow.read("envoy", id);
    ProposalStatus status = ProposalStatus.valueOf(proposal.getString("status"));
    Set<Agency> routed =
        proposal.getInt("versionNumber") == 0
            ? Set.of()
            : Workflow.requiredAgencies(proposal).stream()
                .map(Agency::valueOf)
                .collect(Collectors.toSet());
    return new ProposalFacts(
        Classification.valueOf(proposal.getString("classification")),
        status,
        "envoy",
        Set.of("drafter"),
        routed,
        status == ProposalStatus.AWAITING_DECISION,
        Set.of("drafter"));
  }

  private static String state(long id) {
    JsonObject proposal = Workflow.read("envoy", id);
    return proposal.getString("status")
        + "/"
        + proposal.getJsonNumber("version")
        + "/"
        + Workflow.get("envoy", "/api/proposals/" + id + "/clearance").body();
  }
}
