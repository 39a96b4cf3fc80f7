package org.parley.ledger.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.parley.ledger.application.ReciprocityService;
import org.parley.ledger.application.ReciprocitySettings;
import org.parley.platform.rest.JsonInput;

/**
 * {@code /api/reciprocity-settings}: {@code {frontLoadingThreshold, version}}. Any signed-in user
 * reads them; administrators change them with {@code PUT} and the {@code version} they read (412
 * when someone changed them since).
 */
@Path("reciprocity-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReciprocitySettingsResource {

  @Inject private ReciprocityService reciprocity;

  @GET
  public ReciprocitySettings get() {
    return reciprocity.settings();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ReciprocitySettings change(JsonObject body) {
    JsonInput in = JsonInput.of(body);
    long threshold = in.longValue("frontLoadingThreshold");
    long version = in.longValue("version");
    return reciprocity.changeFrontLoadingThreshold(
        (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, threshold)), version);
  }
}
