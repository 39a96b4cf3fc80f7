package org.parley.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.access.application.Caller;
import org.parley.identity.application.SignInLock;
import org.parley.identity.application.SignInThrottleService;
import org.parley.identity.application.UserAccountService;
import org.parley.platform.faces.PageMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The administrator's user directory ({@code admin/users.xhtml}), paged in the database: who is
 * paused or locked out of signing in, and lifting that after confirmation.
 */
@Named
@ViewScoped
public class UserDirectoryBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserAccountService accounts;
  @Inject private SignInThrottleService throttle;

  private final LazyDataModel<Caller> users = new UserPageModel();

  /**
   * The refused sign-ins among the shown page's users, by username; not replicated with the
   * session, refilled when the page loads its rows.
   */
  private transient Map<String, SignInLock> refused;

  public LazyDataModel<Caller> getUsers() {
    return users;
  }

  /** The running pause or lock of {@code username}'s sign-in, {@code null} when there is none. */
  public SignInLock refusal(String username) {
    return refused().get(username);
  }

  /** Lifts the pause or lock on {@code username}'s sign-in, once the administrator confirmed. */
  public void unlock(String username) {
    boolean lifted = throttle.unlock(username);
    refused().remove(username);
    PageMessages.info(lifted ? "users.unlocked" : "users.nothingToUnlock", username);
  }

  private Map<String, SignInLock> refused() {
    if (refused == null) {
      refused = new HashMap<>();
    }
    return refused;
  }

  private class UserPageModel extends LazyDataModel<Caller> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(accounts.countAccounts());
    }

    @Override
    public List<Caller> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      List<Caller> page = accounts.listAccounts(first, pageSize);
      refused().clear();
      refused().putAll(throttle.refusedAmong(page.stream().map(Caller::username).toList()));
      return page;
    }

    @Override
    public String getRowKey(Caller caller) {
      return caller.username();
    }

    @Override
    public Caller getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(caller -> caller.username().equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }
}
