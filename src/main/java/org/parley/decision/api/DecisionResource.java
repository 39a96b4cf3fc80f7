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
import org.parley.decision.application.DecisionService;
import org.parley.decision.domain.Decision;
import org.parley.decision.domain.DecisionOutcome;
import org.parley.platform.JsonInput;

/**
 * {@code POST /api/proposals/{id}/decision} {@code {outcome, rationale, conditions}}: a deputy's or
 * principal's decision on a proposal awaiting one. {@code rationale} is required; {@code
 * conditions} only with {@code APPROVED_WITH_CONDITIONS} (the service checks it).
 */
@Path("proposals/{id}/decision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

  @Inject private DecisionService decisions;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public DecisionJson decide(@PathParam("id") long id, JsonObject body) {
    JsonInput in = JsonInput.of(body);
    DecisionOutcome outcome = in.enumValue("outcome", DecisionOutcome.class);
    String rationale = in.text("rationale", Decision.MAX_TEXT);
    String conditions = in.optionalText("conditions", Decision.MAX_TEXT).orElse(null);
    return DecisionJson.of(decisions.decide(id, outcome, rationale, conditions));
  }
}
