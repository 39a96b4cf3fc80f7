package org.parley.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parley.access.application.CurrentUser;
import org.parley.access.domain.Permission;

/**
 * Whether the menu offers the dashboard ({@code #{dashboardAccess.offered}}): to callers holding a
 * role that the policy table grants {@link Permission#VIEW_DASHBOARD}. Only a hint for the menu;
 * the page itself is refused by {@code DashboardService}.
 */
@Named
@RequestScoped
public class DashboardAccess {

  @Inject private CurrentUser currentUser;

  public boolean isOffered() {
    return currentUser.isSignedIn()
        && currentUser.getRoles().stream()
            .anyMatch(Permission.VIEW_DASHBOARD.grants()::containsKey);
  }
}
