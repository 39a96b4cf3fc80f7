package org.parley.platform.rest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@code GET /api/health}, open to anyone (load balancers and monitors): 200 when Parley can reach
 * its database, 503 when it cannot.
 */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:jboss/datasources/ParleyDS")
  private DataSource dataSource;

  @GET
  public Response health() {
    boolean reachable = databaseReachable();
    HealthJson health = new HealthJson(reachable ? "UP" : "DOWN", reachable ? "UP" : "DOWN");
    return Response.status(reachable ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(health)
        .build();
  }

  private boolean databaseReachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
    } catch (SQLException unreachable) {
      return false;
    }
  }

  /** The overall status and the database's. */
  public record HealthJson(String status, String database) {}
}
