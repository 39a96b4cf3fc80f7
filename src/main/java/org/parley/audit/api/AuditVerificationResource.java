package org.parley.audit.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.parley.audit.application.AuditChainVerification;

/**
 * {@code GET /api/audit/verification[?anchor=POSITION:HASH]}, for auditors: walks the audit chain
 * and answers 200 with the verdict, intact or not (the verification itself worked). Callers without
 * the AUDITOR role get 403, anonymous ones 401, both as problem+json.
 */
@Path("audit/verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditVerificationResource {

  @Inject private AuditChainVerification verification;

  @GET
  public ChainVerificationJson verify(@QueryParam("anchor") String anchor) {
    return ChainVerificationJson.of(verification.verify(anchor));
  }
}
