package org.parley.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.parley.identity.application.SignInGuard;
import org.parley.platform.LogSafe;
import org.parley.platform.rest.Problem;

/**
 * Parley's one authentication mechanism (Jakarta Security 3.0 allows one per application), choosing
 * by request path (docs/adr/0003):
 *
 * <ul>
 *   <li>{@code /api/*}: HTTP Basic on every request, no session. Wrong or malformed credentials
 *       answer 401 with a problem+json body on any path; missing ones do so on every path but the
 *       public {@code /api/health}.
 *   <li>pages: form sign-in through {@code SecurityContext.authenticate} from the sign-in page; the
 *       identity is then kept in the HTTP session. An anonymous request for a protected page is
 *       redirected to the sign-in page, which returns the user there afterwards.
 * </ul>
 *
 * Both check passwords through {@link SignInGuard}: sign-in throttling, the cache of verified
 * credentials and the same database identity store; a refused attempt answers exactly like a wrong
 * password.
 */
@ApplicationScoped
public class ParleyAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String API_PREFIX = "/api/";
  private static final Logger LOG = Logger.getLogger(ParleyAuthenticationMechanism.class.getName());

  /**
   * The answer to a wrong password, an unknown name and an attempt refused by sign-in throttling
   * alike, so that none can be told from the others (docs/adr/0010).
   */
  static final String SIGN_IN_FAILED =
      "Wrong username or password. After repeated failures, sign-in pauses for a while.";

  @Inject private SignInGuard guard;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return isApi(request)
        ? validateApiRequest(request, response, context)
        : validatePage(request, context);
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    Optional<UsernamePasswordCredential> credential = BasicCredentials.parse(header);
    if (credential.isPresent()) {
      CredentialValidationResult result = guard.validate(credential.get(), request.getRemoteAddr());
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return unauthorized(response, SIGN_IN_FAILED);
    }
    if (BasicCredentials.attempted(header)) {
      return unauthorized(response, "Malformed HTTP Basic credentials.");
    }
    if (context.isProtected()) {
      return unauthorized(response, "Authentication required: send HTTP Basic credentials.");
    }
    return context.doNothing();
  }

  private AuthenticationStatus validatePage(
      HttpServletRequest request, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      if (!(credential instanceof UsernamePasswordCredential usernamePassword)) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      CredentialValidationResult result = guard.validate(usernamePassword, request.getRemoteAddr());
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
      return context.notifyContainerAboutLogin(result);
    }
    Principal signedIn = request.getUserPrincipal();
    if (signedIn != null) {
      return continueSession(context, signedIn);
    }
    if (context.isProtected()) {
      return context.redirect(loginUrl(request));
    }
    return context.doNothing();
  }

  /** The identity registered in the session at sign-in carries on, with the roles it had then. */
  private static AuthenticationStatus continueSession(
      HttpMessageContext context, Principal caller) {
    try {
      context
          .getHandler()
          .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
      return AuthenticationStatus.SUCCESS;
    } catch (IOException | UnsupportedCallbackException e) {
      LOG.warning(
          () ->
              "Could not continue the session of "
                  + LogSafe.text(caller.getName())
                  + ": "
                  + LogSafe.text(e.toString()));
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private static String loginUrl(HttpServletRequest request) {
    String login = request.getContextPath() + LOGIN_PAGE;
    if (!"GET".equals(request.getMethod())) {
      return login;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String target = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    return ContinueUrl.safe(target)
        .filter(t -> !"/".equals(t))
        .map(t -> login + "?continue=" + URLEncoder.encode(t, StandardCharsets.UTF_8))
        .orElse(login);
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Parley\", charset=\"UTF-8\"");
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // Closing the writer completes the response, so the container adds no error page of its own.
    try (var writer = response.getWriter()) {
      writer.write(Problem.of(Status.UNAUTHORIZED, detail).toJson());
    } catch (IOException clientGone) {
      LOG.fine(() -> "Could not write the 401 answer: " + clientGone);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(API_PREFIX) || path.equals("/api");
  }
}
