package org.parley.platform.faces;

import java.io.Serializable;

/**
 * A view-scoped page addressed by {@code ?id=}: the id as the address gives it (a malformed one is
 * answered "not found", {@link ViewParameters}), and what the page shows, read at the view action
 * ({@code f:viewAction action="#{bean.load}"}) and read again where it is missing: it is not
 * replicated with the session, so after a move to another cluster node the next request reads it.
 *
 * @param <T> what the page shows: an immutable record of the views the services handed out
 */
public abstract class AddressedView<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  private String id;
  private transient T page;

  /** The view action: reads what the page shows. */
  public void load() {
    page = read(addressedId());
  }

  /** What the page shows of the resource {@code id}; throws "not found" as the services do. */
  protected abstract T read(long id);

  /** Shows {@code shown} from now on (after a command changed what the page shows). */
  protected void show(T shown) {
    page = shown;
  }

  public T getPage() {
    if (page == null) {
      load();
    }
    return page;
  }

  /** The id of the address, as a number. */
  protected long addressedId() {
    return ViewParameters.id(id);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
