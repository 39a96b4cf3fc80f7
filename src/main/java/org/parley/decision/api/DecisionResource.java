package org.parley.decision.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.parley.decision.application.DecisionService;
import org.parley.decision.domain.Decision;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.platform.idempotency.IdempotentRest;
import org.parley.platform.rest.JsonInput;

/**
 * {@code POST /api/proposals/{id}/decision} {@code {outcome, rationale, conditions,
 * overrideJustification}}: a deputy's or principal's decision on a proposal awaiting one. {@code
 * rationale} is required; {@code conditions} only with {@code APPROVED_WITH_CONDITIONS}; {@code
 * overrideJustification} only when a principal approves a version with a blocking reciprocity
 * finding (the service checks all three).
 */
@Path("proposals/{id}/decision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

  @Inject private DecisionService decisions;
  @Inject private IdempotentRest idempotent;

  /** Records the decision; takes an optional {@code Idempotency-Key} ({@link IdempotentRest}). */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response decide(@PathParam("id") long id, JsonObject body) {
    return idempotent.respond(
        body,
        () -> {
          JsonInput in = JsonInput.of(body);
          DecisionOutcome outcome = in.enumValue("outcome", DecisionOutcome.class);
          String rationale = in.text("rationale", Decision.MAX_TEXT);
          String conditions = in.optionalText("conditions", Decision.MAX_TEXT).orElse(null);
          String override =
              in.optionalText("overrideJustification", Decision.MAX_TEXT).orElse(null);
          return Response.ok(
                  DecisionJson.of(decisions.decide(id, outcome, rationale, conditions, override)))
              .build();
        });
  }
}
