package org.parley.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The sign-out button of the layout: ends the authentication and the whole session. */
@Named
@RequestScoped
public class SignOutBean {

  @Inject private FacesContext faces;

  public void signOut() throws ServletException, IOException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(
        external.getRequestContextPath()
            + ParleyAuthenticationMechanism.LOGIN_PAGE
            + "?signedOut=true");
  }
}
