package org.parley.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.parley.platform.idempotency.IdempotencyKey;
import org.parley.platform.idempotency.IdempotencyKeyReusedException;
import org.parley.platform.idempotency.IdempotentCommands;
import org.parley.platform.idempotency.IdempotentRequest;
import org.parley.platform.idempotency.Outcome;
import org.parley.shared.ConflictException;
import org.parley.shared.InvalidInputException;
import org.parley.shared.StaleVersionException;

/**
 * Runs the workflow commands of pages, one way for every page: applied once however often its form
 * is sent from one view (docs/adr/0012), and ended with a message the user can act on. A command
 * that went through shows its confirmation, plus a calm note when it had been applied already; a
 * refusal shows the service's message (next to its field when a value is invalid) and runs the
 * page's reload when the proposal moved on meanwhile.
 *
 * <pre>{@code
 * return commands
 *     .of(idempotencyKey, "record position", proposalId, position)
 *     .onConflict(this::load)
 *     .run(Boolean.class, () -> ..., done -> Confirmation.of("review.recorded"))
 *     .map(done -> PageCommands.redirect("/clearance/review?includeViewParams=true"))
 *     .orElse(null);
 * }</pre>
 */
@ApplicationScoped
public class PageCommands {

  @Inject private IdempotentCommands commands;

  /**
   * The command {@code action} of the view whose key is {@code key}, on {@code parts}: everything
   * that makes it this command, fingerprinted together.
   */
  public PageCommand of(IdempotencyKey key, String action, Object... parts) {
    return new PageCommand(commands, IdempotentRequest.ofPage(key, action, parts));
  }

  /**
   * The outcome that redirects to {@code page}, keeping this request's messages for it (a
   * post-redirect-get after a command).
   */
  public static String redirect(String page) {
    PageMessages.keepForRedirect();
    return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
  }

  /** One command of a page, ready to run. */
  public static final class PageCommand {

    private final IdempotentCommands commands;
    private final IdempotentRequest request;
    private Runnable onConflict = () -> {};

    private PageCommand(IdempotentCommands commands, IdempotentRequest request) {
      this.commands = commands;
      this.request = request;
    }

    /**
     * What the page does when the command is refused because the proposal or the data moved on (a
     * conflict or a stale version): typically, load again what it shows.
     */
    public PageCommand onConflict(Runnable reload) {
      this.onConflict = reload;
      return this;
    }

    /**
     * Runs {@code command} once for this view's key; its result must be JSON-B serialisable as
     * {@code type}. On success adds {@code confirmation} of the result (and the replay note).
     *
     * @return the result, or empty when the command was refused and the page says why
     */
    public <T> Optional<T> run(
        Class<T> type, Supplier<T> command, Function<? super T, Confirmation> confirmation) {
      Outcome<T> outcome;
      try {
        outcome = commands.run(request, type, command);
      } catch (IdempotencyKeyReusedException reused) {
        PageMessages.keyReused();
        return Optional.empty();
      } catch (InvalidInputException invalid) {
        PageMessages.invalid(invalid);
        return Optional.empty();
      } catch (ConflictException | StaleVersionException refusal) {
        PageMessages.refused(refusal);
        onConflict.run();
        return Optional.empty();
      }
      Confirmation confirmed = confirmation.apply(outcome.result());
      PageMessages.info(confirmed.key(), confirmed.params());
      if (outcome.replayed()) {
        PageMessages.replayed();
      }
      return Optional.of(outcome.result());
    }
  }
}
