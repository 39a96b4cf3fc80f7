package org.parley.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper knows: logged in full under an incident number, answered as a 500 that
 * shows the number and nothing of the internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    String incident = UUID.randomUUID().toString();
    // The message of a database error quotes the value it refused: escaped, so it cannot forge
    // lines.
    LOG.log(Level.SEVERE, "Incident " + incident, LogSafe.throwable(exception));
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. Quote incident " + incident + " to support.")
        .toResponse();
  }
}
