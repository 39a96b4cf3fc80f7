package org.parley.security.hostile;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.support.Api;
import org.parley.support.Workflow;

/**
 * Every payload into every JSON text field of the REST API, and into its query and path parameters.
 * A payload goes into all the fields of one request that accept it; each field that must refuse it
 * gets a request of its own against a target kept for refusals, which must answer 400 naming
 * exactly that field and change nothing. Accepted values must come back unchanged.
 *
 * <p>Each payload accepted somewhere gets its own proposal, walked through the whole workflow so
 * that every text is stored: drafted (POST), sent to clearance, changes requested with a comment,
 * the comment rejected with a reason, revised (PUT), cleared with a dissent carrying a comment,
 * approved with conditions; and a second proposal withdrawn with a reason.
 */
final class RestBattery {

  static final long TRACK = 1;

  private final Rest rest;
  private final Findings findings;
  private final String token;
  private final List<Stored> stored = new ArrayList<>();
  private Targets targets;
  private long carrier;
  private final Map<Payload, Long> carrierComments = new LinkedHashMap<>();
  private final List<String> carrierReasons = new ArrayList<>();
  private final List<String> carrierPhaseTexts = new ArrayList<>();

  /** One payload's proposals and the values they hold, for the renders and the export. */
  record Stored(
      Values values, long id, String reference, long withdrawnId, String withdrawnReference) {}

  /** Proposals kept in one state, into which refused texts are sent; they must not change. */
  private record Targets(
      long draft,
      String draftTag,
      long inClearance,
      long withComment,
      long comment,
      long awaiting) {}

  RestBattery(Rest rest, Findings findings, String token) {
    this.rest = rest;
    this.findings = findings;
    this.token = token;
  }

  List<Stored> stored() {
    return stored;
  }

  /** The proposal carrying every payload in its comments, reasons and phases. */
  long carrier() {
    return carrier;
  }

  /** The texts the carrier's pages must show: comments, reasons, phase titles, descriptions. */
  List<String> carrierTexts() {
    List<String> texts = new ArrayList<>();
    carrierComments.keySet().forEach(payload -> texts.add(payload.text()));
    return texts;
  }

  List<String> carrierReasons() {
    return carrierReasons;
  }

  /** The phase titles and descriptions of the carrier's second version. */
  List<String> carrierPhaseTexts() {
    return carrierPhaseTexts;
  }

  /** Sends every payload. */
  void run(List<Payload> payloads) {
    targets = targets();
    openCarrier(payloads);
    List<Payload> sample = PageBattery.onePerCategory(payloads);
    for (Payload payload : payloads) {
      Values values = new Values(payload, token);
      refusals(values);
      if (values.acceptedSomewhere()) {
        stored.add(walk(values));
      }
      resolveOnCarrier(values);
      parameters(payload, sample.contains(payload));
    }
    reviseCarrier(payloads);
    targetsUnchanged();
  }

  // --- the carrier: one request with every payload where a field takes many values ---

  private void openCarrier(List<Payload> payloads) {
    carrier = id(create(benignContent("carrying every payload"), false));
    submit(carrier);
    List<Payload> comments =
        payloads.stream().filter(p -> Field.COMMENT.accepts(p.text())).toList();
    field(restField(Field.COMMENT));
    JsonObject round = answer(carrier, positionWith("CHANGES_REQUESTED", comments), true);
    var stored = stateSlot(round).getJsonArray("comments").getValuesAs(JsonObject.class);
    for (int i = 0; i < comments.size(); i++) {
      String text = i < stored.size() ? stored.get(i).getString("text") : null;
      if (!comments.get(i).text().equals(text)) {
        findings.problem(
            "the carrier's round stored comment "
                + i
                + " differently from "
                + comments.get(i).shown()
                + ": "
                + Rest.abbreviated(String.valueOf(text)));
      }
      carrierComments.put(comments.get(i), stored.get(i).getJsonNumber("id").longValue());
    }
  }

  private void resolveOnCarrier(Values v) {
    Long comment = carrierComments.get(v.payload);
    if (comment == null || !v.hostile(Field.RESOLUTION)) {
      return;
    }
    field(restField(Field.RESOLUTION));
    JsonObject resolved =
        rest.ok(
            rest.submit(
                "drafter",
                "POST",
                "/api/proposals/" + carrier + "/comments/" + comment + "/resolution",
                Json.createObjectBuilder()
                    .add("accepted", false)
                    .add("reason", v.get(Field.RESOLUTION))
                    .build(),
                null),
            200);
    String reason =
        stateSlot(resolved).getJsonArray("comments").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getJsonNumber("id").longValue() == comment)
            .map(c -> c.getJsonObject("resolution").getString("reason"))
            .findFirst()
            .orElse(null);
    same(v, Field.RESOLUTION, reason, "resolution");
    carrierReasons.add(v.get(Field.RESOLUTION));
  }

  /** A second version with a phase per payload, and a dissent with every payload again. */
  private void reviseCarrier(List<Payload> payloads) {
    for (Map.Entry<Payload, Long> comment : carrierComments.entrySet()) {
      if (!Field.RESOLUTION.accepts(comment.getKey().text())) {
        rest.ok(
            rest.call(
                "drafter",
                "POST",
                "/api/proposals/" + carrier + "/comments/" + comment.getValue() + "/resolution",
                Json.createObjectBuilder().add("accepted", true).build(),
                null,
                "application/json"),
            200);
      }
    }
    List<String[]> phases = new ArrayList<>();
    for (Payload payload : payloads) {
      Values v = new Values(payload, token);
      if (v.hostile(Field.PHASE_TITLE) || v.hostile(Field.OURS) || v.hostile(Field.THEIRS)) {
        phases.add(new String[] {v.get(Field.PHASE_TITLE), v.get(Field.OURS), v.get(Field.THEIRS)});
        carrierPhaseTexts.addAll(
            List.of(v.get(Field.PHASE_TITLE), v.get(Field.OURS), v.get(Field.THEIRS)));
      }
    }
    findings.submissions++;
    rest.ok(
        rest.call(
            "drafter",
            "PUT",
            "/api/proposals/" + carrier,
            body("A carrier of every payload " + token, "A benign summary.", phases),
            etag(carrier),
            "application/json"),
        200);
    submit(carrier);
    answer(
        carrier,
        positionWith(
            "NON_CONCUR", payloads.stream().filter(p -> Field.COMMENT.accepts(p.text())).toList()),
        true);
  }

  // --- the targets of refusals ---

  private Targets targets() {
    long draft = id(create(benignContent("draft"), false));
    String draftTag = etag(draft);
    long inClearance = id(create(benignContent("in clearance"), false));
    submit(inClearance);
    long withComment = id(create(benignContent("with a comment"), false));
    submit(withComment);
    JsonObject round = answer(withComment, position("CHANGES_REQUESTED", "A comment."), false);
    long comment = stateComment(round);
    long awaiting = id(create(benignContent("awaiting a decision"), false));
    submit(awaiting);
    answer(awaiting, position("CONCUR", null), false);
    return new Targets(draft, draftTag, inClearance, withComment, comment, awaiting);
  }

  private void targetsUnchanged() {
    check(etag(targets.draft()).equals(targets.draftTag()), "the refusal target draft changed");
    check("DRAFT".equals(status(targets.draft())), "the refusal target draft left the draft state");
    check(
        stateSlot(clearance(targets.inClearance())).isNull("position"),
        "a refused position was recorded on the target in clearance");
    JsonObject commentRound = clearance(targets.withComment());
    check(
        stateSlot(commentRound).getJsonArray("comments").getJsonObject(0).isNull("resolution"),
        "a refused answer was recorded on the target comment");
    check(
        "AWAITING_DECISION".equals(status(targets.awaiting())),
        "a refused decision was recorded on the target awaiting a decision");
  }

  // --- refusals: one request per field that must refuse the payload ---

  private void refusals(Values values) {
    Payload payload = values.payload;
    for (Field field : Field.CONTENT) {
      if (values.hostile(field)) {
        continue;
      }
      JsonObject content = contentWith(field, Values.hostileText(field, payload, token));
      field("REST POST /api/proposals " + field.path);
      refused(
          rest.submit("drafter", "POST", "/api/proposals", content, null), field, payload, "POST");
      field("REST PUT /api/proposals/{id} " + field.path);
      refused(
          rest.submit(
              "drafter", "PUT", "/api/proposals/" + targets.draft(), content, targets.draftTag()),
          field,
          payload,
          "PUT");
    }
    if (!values.hostile(Field.COMMENT)) {
      field("REST POST /api/proposals/{id}/clearance/{agency} comments[].text");
      refused(
          rest.submit(
              "state",
              "POST",
              "/api/proposals/" + targets.inClearance() + "/clearance/STATE",
              position("CHANGES_REQUESTED", payload.text()),
              null),
          Field.COMMENT,
          payload,
          "position");
    }
    if (!values.hostile(Field.RESOLUTION)) {
      field("REST POST /api/proposals/{id}/comments/{commentId}/resolution reason");
      refused(
          rest.submit(
              "drafter",
              "POST",
              "/api/proposals/"
                  + targets.withComment()
                  + "/comments/"
                  + targets.comment()
                  + "/resolution",
              Json.createObjectBuilder()
                  .add("accepted", false)
                  .add("reason", payload.text())
                  .build(),
              null),
          Field.RESOLUTION,
          payload,
          "resolution");
    }
    if (!values.hostile(Field.WITHDRAWAL)) {
      field("REST POST /api/proposals/{id}/withdraw reason");
      refused(
          rest.submit(
              "envoy",
              "POST",
              "/api/proposals/" + targets.draft() + "/withdraw",
              Json.createObjectBuilder().add("reason", payload.text()).build(),
              null),
          Field.WITHDRAWAL,
          payload,
          "withdrawal");
    }
    for (Field field : List.of(Field.RATIONALE, Field.CONDITIONS)) {
      if (!values.hostile(field)) {
        field("REST POST /api/proposals/{id}/decision " + field.path);
        refused(
            rest.submit(
                "deputy",
                "POST",
                "/api/proposals/" + targets.awaiting() + "/decision",
                decision(
                    field == Field.RATIONALE ? payload.text() : "A benign rationale.",
                    field == Field.CONDITIONS ? payload.text() : "Benign conditions."),
                null),
            field,
            payload,
            "decision");
      }
    }
  }

  private void refused(HttpResponse<String> response, Field field, Payload payload, String what) {
    if (response.statusCode() == 400
        && field.path.equals(Api.object(response).getString("field", null))) {
      findings.refused++;
      return;
    }
    findings.problem(
        what
            + " "
            + field.path
            + " should refuse "
            + payload.shown()
            + " with 400 naming the field, answered "
            + response.statusCode()
            + ": "
            + Rest.abbreviated(response.body()));
  }

  // --- the walk of an accepted payload through the workflow ---

  private Stored walk(Values v) {
    for (Field field : Field.values()) {
      if (v.hostile(field)) {
        field(restField(field));
      }
    }
    HttpResponse<String> posted =
        rest.submit("drafter", "POST", "/api/proposals", content(v, false), null);
    JsonObject created = rest.ok(posted, 201);
    long id = id(created);
    echoed(v, created, false, "POST");
    JsonObject revised =
        rest.ok(
            rest.submit(
                "drafter",
                "PUT",
                "/api/proposals/" + id,
                content(v, true),
                posted.headers().firstValue("ETag").orElseThrow()),
            200);
    echoed(v, revised, true, "PUT");
    submit(id);
    JsonObject round = answer(id, position("NON_CONCUR", v.get(Field.COMMENT)), true);
    echoedComment(v, round, "non-concurrence");
    JsonObject decided =
        rest.ok(
            rest.submit(
                "deputy",
                "POST",
                "/api/proposals/" + id + "/decision",
                decision(v.get(Field.RATIONALE), v.get(Field.CONDITIONS)),
                null),
            200);
    same(v, Field.RATIONALE, decided.getString("rationale"), "decision");
    same(v, Field.CONDITIONS, decided.getString("conditions"), "decision");
    JsonObject second = create(content(v, false), true);
    long withdrawn = id(second);
    JsonObject gone =
        rest.ok(
            rest.submit(
                "envoy",
                "POST",
                "/api/proposals/" + withdrawn + "/withdraw",
                Json.createObjectBuilder().add("reason", v.get(Field.WITHDRAWAL)).build(),
                null),
            200);
    check("WITHDRAWN".equals(gone.getString("status")), "withdrawal of " + v.payload.id());
    return new Stored(
        v, id, created.getString("reference"), withdrawn, second.getString("reference"));
  }

  private static String restField(Field field) {
    return switch (field) {
      case TITLE, SUMMARY, PHASE_TITLE, OURS, THEIRS ->
          "REST POST+PUT /api/proposals " + field.path;
      case COMMENT -> "REST POST /api/proposals/{id}/clearance/{agency} comments[].text";
      case RESOLUTION -> "REST POST /api/proposals/{id}/comments/{commentId}/resolution reason";
      case WITHDRAWAL -> "REST POST /api/proposals/{id}/withdraw reason";
      case RATIONALE, CONDITIONS -> "REST POST /api/proposals/{id}/decision " + field.path;
    };
  }

  private void echoed(Values v, JsonObject proposal, boolean twoPhases, String what) {
    same(v, Field.TITLE, proposal.getString("title"), what);
    same(v, Field.SUMMARY, proposal.getString("summary"), what);
    var phases = proposal.getJsonArray("phases");
    check(phases.size() == (twoPhases ? 2 : 1), what + " phases of " + v.payload.id());
    for (int p = 0; p < phases.size(); p++) {
      JsonObject phase = phases.getJsonObject(p);
      same(v, Field.PHASE_TITLE, phase.getString("title"), what);
      JsonObject step = phase.getJsonArray("steps").getJsonObject(0);
      same(v, Field.OURS, step.getJsonObject("ours").getString("description"), what);
      same(v, Field.THEIRS, step.getJsonObject("theirs").getString("description"), what);
    }
  }

  private void echoedComment(Values v, JsonObject round, String what) {
    same(
        v,
        Field.COMMENT,
        stateSlot(round).getJsonArray("comments").getJsonObject(0).getString("text"),
        what);
  }

  private void same(Values v, Field field, String stored, String what) {
    if (!Objects.equals(v.get(field), stored)) {
      findings.problem(
          what
              + " stored "
              + field.path
              + " of "
              + v.payload.shown()
              + " differently: "
              + Rest.abbreviated(String.valueOf(stored)));
    }
  }

  // --- query and path parameters ---

  /** The search text of the list and the export; an agency path segment for one per category. */
  private void parameters(Payload payload, boolean pathToo) {
    if (payload.text().length() > 1000) {
      return;
    }
    String q = Rest.encode(payload.text());
    field("REST GET /api/proposals q");
    findings.submissions++;
    answeredOkOrRefused(
        rest.call("auditor", "GET", "/api/proposals?q=" + q, null, null, "application/json"),
        payload,
        "list q");
    field("REST GET /api/proposals/export.csv q");
    findings.submissions++;
    answeredOkOrRefused(
        rest.call("auditor", "GET", "/api/proposals/export.csv?q=" + q, null, null, "text/csv"),
        payload,
        "export q");
    if (!pathToo) {
      return;
    }
    field("REST POST /api/proposals/{id}/clearance/{agency} agency (path)");
    HttpResponse<String> agency =
        rest.submit(
            "state",
            "POST",
            "/api/proposals/" + targets.inClearance() + "/clearance/" + q,
            position("CONCUR", null),
            null);
    if (agency.statusCode() != 404 && agency.statusCode() != 400) {
      findings.problem(
          "agency path segment "
              + payload.shown()
              + " answered "
              + agency.statusCode()
              + " instead of 404: "
              + Rest.abbreviated(agency.body()));
    }
  }

  private void answeredOkOrRefused(HttpResponse<String> response, Payload payload, String what) {
    if (response.statusCode() != 200 && response.statusCode() != 400) {
      findings.problem(
          what
              + " "
              + payload.shown()
              + " answered "
              + response.statusCode()
              + ": "
              + Rest.abbreviated(response.body()));
    }
  }

  // --- the workflow's plumbing ---

  private JsonObject create(JsonObject content, boolean payloadSubmission) {
    HttpResponse<String> response =
        payloadSubmission
            ? rest.submit("drafter", "POST", "/api/proposals", content, null)
            : rest.call("drafter", "POST", "/api/proposals", content, null, "application/json");
    return rest.ok(response, 201);
  }

  private void submit(long id) {
    rest.ok(
        rest.call(
            "envoy",
            "POST",
            "/api/proposals/" + id + "/submit",
            Json.createObjectBuilder().add("additionalAgencies", Json.createArrayBuilder()).build(),
            null,
            "application/json"),
        200);
  }

  /**
   * Answers the open round: State takes {@code statePosition}, every other agency routing chose
   * concurs (routing rules are data other tests may change). Returns the round after State's answer
   * or the last one.
   */
  private JsonObject answer(long id, JsonObject statePosition, boolean payloadSubmission) {
    JsonObject round = clearance(id);
    for (JsonObject slot : round.getJsonArray("positions").getValuesAs(JsonObject.class)) {
      String agency = slot.getString("agency");
      if (!"STATE".equals(agency)) {
        rest.ok(
            rest.call(
                Workflow.reviewerOf(agency),
                "POST",
                "/api/proposals/" + id + "/clearance/" + agency,
                position("CONCUR", null),
                null,
                "application/json"),
            200);
      }
    }
    String path = "/api/proposals/" + id + "/clearance/STATE";
    return rest.ok(
        payloadSubmission
            ? rest.submit("state", "POST", path, statePosition, null)
            : rest.call("state", "POST", path, statePosition, null, "application/json"),
        200);
  }

  private JsonObject clearance(long id) {
    return rest.ok(
        rest.call(
            "auditor",
            "GET",
            "/api/proposals/" + id + "/clearance",
            null,
            null,
            "application/json"),
        200);
  }

  private String etag(long id) {
    HttpResponse<String> read =
        rest.call("drafter", "GET", "/api/proposals/" + id, null, null, "application/json");
    rest.ok(read, 200);
    return read.headers().firstValue("ETag").orElseThrow();
  }

  private String status(long id) {
    return rest.ok(
            rest.call("auditor", "GET", "/api/proposals/" + id, null, null, "application/json"),
            200)
        .getString("status");
  }

  private static JsonObject stateSlot(JsonObject round) {
    return round.getJsonArray("positions").getValuesAs(JsonObject.class).stream()
        .filter(slot -> "STATE".equals(slot.getString("agency")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("State has no slot in " + round));
  }

  private static long stateComment(JsonObject round) {
    return stateSlot(round)
        .getJsonArray("comments")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  // --- bodies ---

  private JsonObject benignContent(String what) {
    return body(
        "A refusal target " + what + " " + token,
        "A benign summary.",
        List.<String[]>of(
            new String[] {"A benign phase", "We open a liaison office.", "They repatriate."}));
  }

  /** Benign content with {@code text} in {@code field}. */
  private JsonObject contentWith(Field field, String text) {
    String[] phase = {
      field == Field.PHASE_TITLE ? text : "A benign phase",
      field == Field.OURS ? text : "We open a liaison office.",
      field == Field.THEIRS ? text : "They repatriate remains."
    };
    return body(
        field == Field.TITLE ? text : "A refused probe " + token,
        field == Field.SUMMARY ? text : "A benign summary.",
        List.<String[]>of(phase));
  }

  private static JsonObject content(Values v, boolean twoPhases) {
    String[] phase = {v.get(Field.PHASE_TITLE), v.get(Field.OURS), v.get(Field.THEIRS)};
    return body(
        v.get(Field.TITLE),
        v.get(Field.SUMMARY),
        twoPhases ? List.of(phase, phase) : List.<String[]>of(phase));
  }

  static JsonObject body(String title, String summary, List<String[]> phases) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String[] phase : phases) {
      JsonObject ours =
          Json.createObjectBuilder()
              .add("category", "LIAISON_OFFICE")
              .add("description", phase[1])
              .add("reversibility", "EASILY_REVERSIBLE")
              .build();
      JsonObject theirs =
          Json.createObjectBuilder()
              .add("category", "REPATRIATION")
              .add("description", phase[2])
              .add("reversibility", "REVERSIBLE_AT_COST")
              .add("verification", "SELF_DECLARATION")
              .build();
      array.add(
          Json.createObjectBuilder()
              .add("title", phase[0])
              .add(
                  "steps",
                  Json.createArrayBuilder()
                      .add(Json.createObjectBuilder().add("ours", ours).add("theirs", theirs))));
    }
    return Json.createObjectBuilder()
        .add("trackId", TRACK)
        .add("title", title)
        .add("summary", summary)
        .add("classification", "UNCLASSIFIED")
        .add("phases", array)
        .build();
  }

  private static JsonObject positionWith(String position, List<Payload> comments) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Payload payload : comments) {
      array.add(Json.createObjectBuilder().add("type", "MAJOR").add("text", payload.text()));
    }
    return Json.createObjectBuilder().add("position", position).add("comments", array).build();
  }

  static JsonObject position(String position, String comment) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("position", position);
    JsonArrayBuilder comments = Json.createArrayBuilder();
    if (comment != null) {
      comments.add(Json.createObjectBuilder().add("type", "MAJOR").add("text", comment));
    }
    return body.add("comments", comments).build();
  }

  private static JsonObject decision(String rationale, String conditions) {
    return Json.createObjectBuilder()
        .add("outcome", "APPROVED_WITH_CONDITIONS")
        .add("rationale", rationale)
        .add("conditions", conditions)
        .build();
  }

  private static long id(JsonObject proposal) {
    return proposal.getJsonNumber("id").longValue();
  }

  private void field(String name) {
    findings.field(name);
  }

  private void check(boolean holds, String what) {
    if (!holds) {
      findings.problem(what);
    }
  }
}
