package org.parley.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import org.parley.identity.application.UserAccountService;

/** The sign-in page ({@code login.xhtml}). */
@Named
@RequestScoped
public class SignInBean {

  @Inject private SecurityContext securityContext;
  @Inject private UserAccountService accounts;
  @Inject private FacesContext faces;

  private String username;
  private String password;
  private String continueTo;
  private boolean signedOut;

  /** Someone already signed in has nothing to do here: straight to their home page. */
  public void redirectIfSignedIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    if (external.getUserPrincipal() != null) {
      external.redirect(external.getRequestContextPath() + "/");
    }
  }

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(new UsernamePasswordCredential(username, password))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS -> {
        request.changeSessionId();
        accounts.recordSignIn(request.getUserPrincipal().getName());
        external.redirect(
            external.getRequestContextPath() + ContinueUrl.safe(continueTo).orElse("/"));
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("login.failed"), null));
      }
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
