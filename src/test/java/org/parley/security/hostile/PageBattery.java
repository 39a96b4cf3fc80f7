package org.parley.security.hostile;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.parley.security.hostile.HostileBrowser.Outcome;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.Workflow;
import org.parley.support.browser.Browsers;

/**
 * Every payload into every text field of every form, through headless Chromium, as a hostile client
 * sends it: values set by script, past any length limit and the browser's line-break filter. A
 * field that must refuse the payload gets a submission of its own and must show a message next to
 * it; otherwise the payload is saved with the form and the page that follows must show it
 * literally. Forms: the proposal editor and the withdraw dialog (the track's envoy), the review
 * page's comments (State's reviewer), comment rejection (the envoy), the decision page (a deputy),
 * and, with one payload per category, the list's filter (auditor), the routing rules form
 * (administrator; its value is a select, tampered with) and the sign-in form (signed out).
 */
final class PageBattery {

  private static final ResourceBundle MSG = ResourceBundle.getBundle("org.parley.messages");
  private static final String EDITOR = "proposal-form:";
  private static final Set<String> REDIRECT_CATEGORIES = Set.of("url", "crlf", "path", "polyglot");

  private final Browsers browsers;
  private final Rest rest;
  private final Findings findings;
  private final String token;

  /**
   * What the pages stored, for the renders: proposals drafted in the editor, the review targets.
   */
  final Map<Payload, Long> drafts = new LinkedHashMap<>();

  final List<Reviewed> reviewed = new ArrayList<>();

  /**
   * A proposal reviewed on the pages: the comments State wrote, the reasons they were rejected
   * with.
   */
  record Reviewed(long id, List<String> comments, List<String> reasons) {}

  private long reviewTarget;
  private final List<String> reviewComments = new ArrayList<>();
  private final List<String> rejectionReasons = new ArrayList<>();

  PageBattery(Browsers browsers, Rest rest, Findings findings, String token) {
    this.browsers = browsers;
    this.rest = rest;
    this.findings = findings;
    this.token = token;
  }

  /**
   * Adds the forms to {@code lanes} as parts of the battery that run side by side, each signed in
   * in browser sessions of its own, with a share of the corpus: the editor and the withdraw dialog
   * ({@code -Dhostile.editor.parts}, 3 by default); the review page's comments and then their
   * rejection, on a review target of each part ({@code -Dhostile.review.parts}, 2); the decision
   * page ({@code -Dhostile.decision.parts}, 2); the routing rules and the sign-in form. What they
   * store for the renders is here once {@link Lanes#run} has returned. The list's and the
   * dashboard's text filters are {@link #filters}.
   */
  void addTo(Lanes lanes, List<Payload> payloads) {
    int editors = Integer.getInteger("hostile.editor.parts", 3);
    for (int part = 0; part < editors; part++) {
      List<Payload> share = share(payloads, part, editors);
      lanes.add(
          "editor and withdrawal " + (part + 1) + "/" + editors,
          found -> keep(on(found).draftAndWithdraw(share)));
    }
    int reviews = Integer.getInteger("hostile.review.parts", 2);
    for (int part = 0; part < reviews; part++) {
      List<Payload> share = share(payloads, part, reviews);
      lanes.add(
          "review and rejections " + (part + 1) + "/" + reviews,
          found -> {
            PageBattery lane = on(found);
            lane.review(share);
            lane.rejections(share);
            keep(lane);
          });
    }
    int decisions = Integer.getInteger("hostile.decision.parts", 2);
    for (int part = 0; part < decisions; part++) {
      List<Payload> share = share(payloads, part, decisions);
      lanes.add("decisions " + (part + 1) + "/" + decisions, found -> on(found).decisions(share));
    }
    List<Payload> sample = onePerCategory(payloads);
    lanes.add(
        "routing rules and sign-in",
        found -> {
          PageBattery lane = on(found);
          lane.routingRules(sample);
          lane.signIn(sample);
          lane.continueAfterSignIn(payloads);
        });
  }

  /** The list's filter and the dashboard's drill-down filter, one payload per category. */
  void filters(List<Payload> payloads) {
    listFilter(onePerCategory(payloads));
  }

  /** This battery as a part of it sees it: with the part's own findings. */
  private PageBattery on(Findings found) {
    return new PageBattery(browsers, new Rest(found), found, token);
  }

  /** What a part stored, kept for the renders. */
  private synchronized void keep(PageBattery lane) {
    drafts.putAll(lane.drafts);
    if (lane.reviewTarget != 0) {
      reviewed.add(
          new Reviewed(
              lane.reviewTarget,
              List.copyOf(lane.reviewComments),
              List.copyOf(lane.rejectionReasons)));
    }
  }

  /**
   * Every {@code parts}-th payload from the {@code part}-th on, so that each part gets some of
   * every kind.
   */
  private static List<Payload> share(List<Payload> payloads, int part, int parts) {
    List<Payload> share = new ArrayList<>();
    for (int i = part; i < payloads.size(); i += parts) {
      share.add(payloads.get(i));
    }
    return share;
  }

  /**
   * The first payload of each category: for the forms the issue does not list (the list filter, the
   * sign-in form, the routing rules' select), which take no text that is stored or shown.
   */
  static List<Payload> onePerCategory(List<Payload> payloads) {
    Map<String, Payload> first = new LinkedHashMap<>();
    payloads.forEach(payload -> first.putIfAbsent(payload.category(), payload));
    List<Payload> sample = new ArrayList<>(first.values());
    payloads.stream()
        .filter(p -> p.category().equals("overlong") && p.text().length() > 4000)
        .findFirst()
        .ifPresent(sample::add);
    return sample;
  }

  // --- the list's filter, as the auditor ---

  private void listFilter(List<Payload> sample) {
    HostileBrowser auditor = HostileBrowser.open(browsers, findings, "auditor");
    findings.field("page proposals/list.xhtml filter-text");
    auditor.render("proposal list", "/proposals/list.xhtml", List.of());
    for (Payload payload : sample) {
      auditor.setText("proposals-form:filter-text", payload.text());
      findings.submissions++;
      auditor.click("list filtered by " + payload.id(), "proposals-form:apply-filters", List.of());
    }
    // The dashboard's drill-down filter (issue 7), on the pipeline's list.
    findings.field("page dashboard.xhtml drill-form:drill-text");
    auditor.render("dashboard drill-down", "/dashboard.xhtml?tile=pipeline", List.of());
    for (Payload payload : sample) {
      auditor.setText("drill-form:drill-text", payload.text());
      findings.submissions++;
      auditor.click(
          "dashboard drill-down filtered by " + payload.id(), "drill-form:drill-filter", List.of());
    }
    auditor.close();
  }

  // --- the proposal editor and the withdraw dialog, as the track's envoy ---

  /**
   * The editor and the withdraw dialog, as the track's envoy (who may draft too): each payload is
   * drafted, and the new draft withdrawn with it as the reason, right from the page the editor
   * leads to.
   */
  private PageBattery draftAndWithdraw(List<Payload> payloads) {
    HostileBrowser envoy = HostileBrowser.open(browsers, findings, "envoy");
    for (Field field : Field.CONTENT) {
      findings.field("page proposals/edit.xhtml " + editorId(field));
    }
    findings.field("page proposals/view.xhtml withdraw-form:reason");
    for (Payload payload : payloads) {
      Values v = new Values(payload, token);
      envoy.render("editor for " + payload.id(), "/proposals/edit.xhtml?trackId=1", List.of());
      for (Field field : Field.CONTENT) {
        if (!v.hostile(field)) {
          refuseInEditor(envoy, v, field);
        }
      }
      fillEditor(envoy, null, null, v);
      findings.submissions++;
      envoy.click("editor saving " + payload.id(), EDITOR + "save", content(v));
      String path = envoy.currentPath();
      if (path.startsWith("/proposals/view.xhtml?id=")) {
        long id = Long.parseLong(path.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        drafts.put(payload, id);
        withdraw(envoy, v, id);
      } else {
        findings.problem("the editor did not save " + payload.shown() + "; it shows " + path);
      }
    }
    envoy.render("envoy's inbox", "/inbox.xhtml", List.of());
    envoy.close();
    return this;
  }

  private void refuseInEditor(HostileBrowser envoy, Values v, Field field) {
    Payload payload = v.payload;
    fillEditor(envoy, field, Values.hostileText(field, payload, token), v);
    findings.submissions++;
    envoy.click("editor refusing " + payload.id() + " in " + field, EDITOR + "save", List.of());
    if (envoy.currentPath().startsWith("/proposals/edit.xhtml")) {
      refused(envoy, EDITOR + editorId(field), payload, "editor " + field.path);
    } else {
      findings.problem(
          "the editor saved " + payload.shown() + " in " + field.path + " instead of refusing it");
      envoy.go("/proposals/edit.xhtml?trackId=1");
    }
  }

  /** The withdraw dialog of the proposal page the browser shows. */
  private void withdraw(HostileBrowser envoy, Values v, long id) {
    Payload payload = v.payload;
    if (!v.hostile(Field.WITHDRAWAL)) {
      openDialog(envoy, "withdrawDialog");
      envoy.setText("withdraw-form:reason", payload.text());
      findings.submissions++;
      envoy.click(
          "withdrawal refusing " + payload.id(), "withdraw-form:confirm-withdraw", List.of());
      refused(envoy, "withdraw-form:reason", payload, "withdraw dialog reason");
    }
    if (!openDialog(envoy, "withdrawDialog")) {
      return;
    }
    envoy.setText("withdraw-form:reason", v.get(Field.WITHDRAWAL));
    findings.submissions++;
    envoy.click(
        "withdrawal of " + id + " with " + payload.id(),
        "withdraw-form:confirm-withdraw",
        List.of(v.get(Field.WITHDRAWAL)));
  }

  private static String editorId(Field field) {
    return switch (field) {
      case TITLE -> "title";
      case SUMMARY -> "summary";
      case PHASE_TITLE -> "phases:0:phase-title";
      case OURS -> "phases:0:steps:0:our-description";
      case THEIRS -> "phases:0:steps:0:their-description";
      default -> throw new IllegalArgumentException(field.name());
    };
  }

  /**
   * Fills the editor with {@code v}'s values, or with {@code text} in {@code only} and benign ones.
   */
  private void fillEditor(HostileBrowser page, Field only, String text, Values v) {
    for (Field field : Field.CONTENT) {
      String value =
          only == null ? v.get(field) : field == only ? text : Values.benign(field, token);
      page.setText(EDITOR + editorId(field), value);
    }
    String step = EDITOR + "phases:0:steps:0:";
    page.setSelect(step + "our-category", "LIAISON_OFFICE");
    page.setSelect(step + "our-reversibility", "EASILY_REVERSIBLE");
    page.setSelect(step + "their-category", "REPATRIATION");
    page.setSelect(step + "their-reversibility", "REVERSIBLE_AT_COST");
    page.setSelect(step + "their-verification", "SELF_DECLARATION");
  }

  private static List<String> content(Values v) {
    List<String> shown = new ArrayList<>();
    for (Field field : Field.CONTENT) {
      shown.add(v.get(field));
    }
    return shown;
  }

  // --- the review page's comments, as State's reviewer ---

  private void review(List<Payload> payloads) {
    reviewTarget = proposalInClearance("a review target");
    HostileBrowser state = HostileBrowser.open(browsers, findings, "state");
    findings.field("page clearance/review.xhtml comment-text");
    state.render("State's inbox", "/inbox.xhtml", List.of());
    state.render("review page", "/clearance/review.xhtml?id=" + reviewTarget, List.of());
    state.chooseOption("review-form:position", MSG.getString("Position.CHANGES_REQUESTED"));
    state.click("first comment row", "review-form:add-comment", List.of());
    List<String> accepted = new ArrayList<>();
    for (Payload payload : payloads) {
      if (Field.COMMENT.accepts(payload.text())) {
        accepted.add(payload.text());
        continue;
      }
      state.setText("review-form:rows:0:comment-text", payload.text());
      findings.submissions++;
      state.click("review refusing " + payload.id(), "review-form:confirm-record", List.of());
      refused(state, "review-form:rows:0:comment-text", payload, "review comment");
    }
    for (int row = 1; row < accepted.size(); row++) {
      state.click("comment row " + row, "review-form:add-comment", List.of());
    }
    for (int row = 0; row < accepted.size(); row++) {
      state.setText("review-form:rows:" + row + ":comment-text", accepted.get(row));
    }
    findings.submissions++;
    state.click("review recorded", "review-form:confirm-record", accepted);
    reviewComments.addAll(accepted);
    state.close();
  }

  // --- rejecting comments with a reason, as the track's envoy ---

  private void rejections(List<Payload> payloads) {
    HostileBrowser envoy = HostileBrowser.open(browsers, findings, "envoy");
    findings.field("page clearance/comments.xhtml reject-form:reason");
    envoy.render("comments page", "/clearance/comments.xhtml?id=" + reviewTarget, reviewComments);
    for (Payload payload : payloads) {
      if (Field.RESOLUTION.accepts(payload.text())) {
        continue;
      }
      envoy.click("open rejection", "comments-form:items:0:reject", List.of());
      envoy.setText("reject-form:reason", payload.text());
      findings.submissions++;
      envoy.click("rejection refusing " + payload.id(), "reject-form:confirm-reject", List.of());
      refused(envoy, "reject-form:reason", payload, "rejection reason");
      envoy.js("if (PF('rejectComment')) { PF('rejectComment').hide(); }");
    }
    int next = 0;
    for (Payload payload : payloads) {
      if (!Field.RESOLUTION.accepts(payload.text())) {
        continue;
      }
      String reject = "comments-form:items:" + next + ":reject";
      if (!envoy.isPresent(reject)) {
        findings.problem("no comment left to reject with " + payload.shown());
        break;
      }
      envoy.click("open rejection " + next, reject, List.of());
      envoy.setText("reject-form:reason", payload.text());
      findings.submissions++;
      envoy.click(
          "rejection with " + payload.id(), "reject-form:confirm-reject", List.of(payload.text()));
      rejectionReasons.add(payload.text());
      next++;
    }
    envoy.close();
  }

  // --- the decision page, as a deputy ---

  private void decisions(List<Payload> payloads) {
    findings.field("page decisions/decide.xhtml rationale");
    findings.field("page decisions/decide.xhtml conditions");
    long target = proposalAwaitingDecision("a decision target");
    Map<Payload, Long> awaiting = new LinkedHashMap<>();
    for (Payload payload : payloads) {
      if (Field.RATIONALE.accepts(payload.text())) {
        awaiting.put(payload, proposalAwaitingDecision("decided with " + payload.id()));
      }
    }
    HostileBrowser deputy = HostileBrowser.open(browsers, findings, "deputy");
    deputy.render("deputy's inbox", "/inbox.xhtml", List.of());
    deputy.render("decision page", "/decisions/decide.xhtml?id=" + target, List.of());
    String withConditions = MSG.getString("DecisionOutcome.APPROVED_WITH_CONDITIONS");
    deputy.chooseOption("decide-form:outcome", withConditions);
    for (Payload payload : payloads) {
      if (Field.RATIONALE.accepts(payload.text())) {
        continue;
      }
      for (Field field : List.of(Field.RATIONALE, Field.CONDITIONS)) {
        deputy.setText(
            "decide-form:rationale",
            field == Field.RATIONALE ? payload.text() : Values.benign(Field.RATIONALE, token));
        deputy.setText(
            "decide-form:conditions",
            field == Field.CONDITIONS ? payload.text() : Values.benign(Field.CONDITIONS, token));
        findings.submissions++;
        deputy.click("decision refusing " + payload.id(), "decide-form:confirm-decide", List.of());
        refused(deputy, "decide-form:" + field.path, payload, "decision " + field.path);
      }
    }
    for (Map.Entry<Payload, Long> entry : awaiting.entrySet()) {
      String text = entry.getKey().text();
      deputy.render("decision page", "/decisions/decide.xhtml?id=" + entry.getValue(), List.of());
      deputy.chooseOption("decide-form:outcome", withConditions);
      deputy.setText("decide-form:rationale", text);
      deputy.setText("decide-form:conditions", text);
      findings.submissions++;
      Outcome recorded =
          deputy.click(
              "decision with " + entry.getKey().id(), "decide-form:confirm-decide", List.of(text));
      if (recorded != Outcome.NAVIGATED || deputy.isPresent("decide-form")) {
        findings.problem("the decision with " + entry.getKey().shown() + " was not recorded");
      }
    }
    deputy.close();
  }

  // --- the routing rules form, as the administrator: its value is a select, tampered with ---

  private void routingRules(List<Payload> payloads) {
    HostileBrowser admin = HostileBrowser.open(browsers, findings, "admin");
    findings.field("page admin/routing-rules.xhtml value (tampered select)");
    admin.render("routing rules", "/admin/routing-rules.xhtml", List.of());
    Object before = ruleCount(admin);
    admin.chooseFromMenu("add-form:criterion", MSG.getString("RoutingCriterion.OUR_CATEGORY"));
    admin.setSelect("add-form:agency", "TREASURY");
    for (Payload payload : payloads) {
      admin.js(
          "var s = document.getElementById('add-form:value_input');"
              + "s.disabled = false;"
              + "var o = document.createElement('option');"
              + "o.value = arguments[0]; o.text = 'tampered';"
              + "s.appendChild(o); s.value = arguments[0];",
          payload.text());
      admin.setSelect("add-form:agency", "TREASURY");
      findings.submissions++;
      admin.click("routing rule with " + payload.id(), "add-form:add", List.of());
      refused(admin, "add-form:value", payload, "routing rule value");
    }
    if (!ruleCount(admin).equals(before)) {
      findings.problem("a tampered routing rule was added: " + before + " → " + ruleCount(admin));
    }
    admin.render("user directory", "/admin/users.xhtml", List.of());
    admin.close();
  }

  private static Object ruleCount(HostileBrowser admin) {
    return admin.js(
        "return document.querySelectorAll(\"[id='rules-form:rules_data'] > tr\").length;");
  }

  // --- the sign-in form, signed out ---

  private void signIn(List<Payload> payloads) {
    HostileBrowser anonymous = HostileBrowser.open(browsers, findings, null);
    findings.field("page login.xhtml username");
    findings.field("page login.xhtml password");
    findings.field("page login.xhtml continue (hidden)");
    for (Payload payload : payloads) {
      anonymous.setText("login-form:username", payload.text());
      anonymous.setText("login-form:password", payload.text());
      anonymous.setText("login-form:continue", payload.text());
      findings.submissions++;
      anonymous.click("sign-in with " + payload.id(), "login-form:sign-in", List.of());
      if (!anonymous.currentPath().startsWith("/login.xhtml")) {
        findings.problem("sign-in with " + payload.shown() + " left the sign-in page");
      }
    }
    anonymous.close();
  }

  /** Where a successful sign-in continues to: only a path inside Parley, whatever was asked. */
  private void continueAfterSignIn(List<Payload> payloads) {
    HostileBrowser visitor = HostileBrowser.open(browsers, findings, null);
    for (Payload payload : payloads) {
      if (!REDIRECT_CATEGORIES.contains(payload.category())) {
        continue;
      }
      visitor.go("/login.xhtml");
      visitor.setText("login-form:continue", payload.text());
      visitor.setText("login-form:username", "auditor");
      visitor.setText("login-form:password", DemoUsers.PASSWORD);
      findings.submissions++;
      visitor.click("sign-in continuing to " + payload.id(), "login-form:sign-in", List.of());
      Object origin = visitor.js("return location.origin;");
      if (!Api.BASE_URL.equals(origin) || visitor.currentPath().startsWith("/login.xhtml")) {
        findings.problem(
            "sign-in continuing to "
                + payload.shown()
                + " did not end on a Parley page: "
                + visitor.js("return location.href;"));
      }
      visitor.go("/index.xhtml");
      visitor.click("sign-out", "user-form:sign-out", List.of());
    }
    visitor.close();
  }

  // --- shared ---

  private boolean openDialog(HostileBrowser page, String widget) {
    Object shown =
        page.js(
            "var w = PF(arguments[0]); if (!w) { return false; } w.show(); return true;", widget);
    if (!Boolean.TRUE.equals(shown)) {
      findings.problem("no dialog " + widget + " on " + page.currentPath());
      return false;
    }
    return true;
  }

  private void refused(HostileBrowser page, String inputId, Payload payload, String what) {
    if (page.refusedNextTo(inputId)) {
      findings.refused++;
    } else {
      findings.problem(
          what + " should refuse " + payload.shown() + " with a message next to the field");
    }
  }

  private long proposalInClearance(String what) {
    JsonObject created =
        rest.ok(
            rest.call(
                "drafter",
                "POST",
                "/api/proposals",
                RestBattery.body(
                    "A " + what + " " + token,
                    "A benign summary.",
                    List.<String[]>of(new String[] {"A benign phase", "We give.", "They give."})),
                null,
                "application/json"),
            201);
    long id = created.getJsonNumber("id").longValue();
    rest.ok(
        rest.call(
            "envoy",
            "POST",
            "/api/proposals/" + id + "/submit",
            Json.createObjectBuilder().add("additionalAgencies", Json.createArrayBuilder()).build(),
            null,
            "application/json"),
        200);
    JsonObject round =
        rest.ok(
            rest.call(
                "auditor",
                "GET",
                "/api/proposals/" + id + "/clearance",
                null,
                null,
                "application/json"),
            200);
    for (JsonObject slot : round.getJsonArray("positions").getValuesAs(JsonObject.class)) {
      String agency = slot.getString("agency");
      if (!"STATE".equals(agency)) {
        rest.ok(
            rest.call(
                Workflow.reviewerOf(agency),
                "POST",
                "/api/proposals/" + id + "/clearance/" + agency,
                RestBattery.position("CONCUR", null),
                null,
                "application/json"),
            200);
      }
    }
    return id;
  }

  private long proposalAwaitingDecision(String what) {
    long id = proposalInClearance(what);
    rest.ok(
        rest.call(
            "state",
            "POST",
            "/api/proposals/" + id + "/clearance/STATE",
            RestBattery.position("CONCUR", null),
            null,
            "application/json"),
        200);
    return id;
  }
}
