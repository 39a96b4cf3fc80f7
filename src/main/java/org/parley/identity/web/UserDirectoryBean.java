package org.parley.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.parley.identity.application.Caller;
import org.parley.identity.application.UserAccountService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The administrator's user directory ({@code admin/users.xhtml}), paged in the database. */
@Named
@ViewScoped
public class UserDirectoryBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserAccountService accounts;

  private final LazyDataModel<Caller> users = new UserPageModel();

  public LazyDataModel<Caller> getUsers() {
    return users;
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
      return accounts.listAccounts(first, pageSize);
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
