package org.parley.platform.http;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link SecurityHeadersHandler} in front of Parley's whole deployment: as an initial handler
 * it also sees the answers the servlet container writes itself (a refused {@code /WEB-INF/} path,
 * the authentication mechanism's 401 and redirects), which neither a servlet filter nor a handler
 * of {@code WEB-INF/undertow-handlers.conf} sees. Registered in {@code
 * META-INF/services/io.undertow.servlet.ServletExtension}; WildFly loads it from the deployment.
 */
public final class SecurityHeadersExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
    deployment.addInitialHandlerChainWrapper(SecurityHeadersHandler::new);
  }
}
