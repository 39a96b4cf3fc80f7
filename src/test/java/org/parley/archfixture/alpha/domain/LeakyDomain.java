package org.parley.archfixture.alpha.domain;

import jakarta.ws.rs.core.Response;

/** Breaks "domain imports only the JDK, persistence and validation": it knows about HTTP. */
public class LeakyDomain {

  public Response toResponse() {
    return Response.ok().build();
  }
}
