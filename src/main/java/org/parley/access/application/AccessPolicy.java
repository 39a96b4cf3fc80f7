package org.parley.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.parley.access.domain.Access;
import org.parley.access.domain.Permission;
import org.parley.access.domain.ProposalFacts;
import org.parley.access.domain.Subject;
import org.parley.access.domain.Visibility;
import org.parley.shared.AccessDeniedException;
import org.parley.shared.ConflictException;
import org.parley.shared.NotFoundException;

/**
 * The policy table ({@link Permission}) applied to the signed-in caller. A refusal is announced as
 * {@link AccessRefused}, which the audit trail records in a transaction of its own (so it stays
 * when the caller's transaction rolls back) and thrown as the exception the platform answers with
 * 404, 403 or 409.
 */
@ApplicationScoped
public class AccessPolicy {

  @Inject private CurrentUser currentUser;
  @Inject private Event<AccessRefused> refused;

  /** The caller as the policy sees them. */
  public Subject subject() {
    Caller caller = currentUser.caller();
    return new Subject(caller.username(), caller.roles(), caller.agency(), caller.clearance());
  }

  /** What the caller may see of all proposals: for lists, counts and searches. */
  public Visibility visibility() {
    return Permission.visibility(subject());
  }

  /** Whether the caller may use {@code permission} on the proposal {@code facts} describe. */
  public boolean allows(Permission permission, ProposalFacts facts) {
    return permission.evaluate(subject(), facts) == Access.GRANTED;
  }

  /** Whether the caller may see the proposal {@code facts} describe. */
  public boolean maySee(ProposalFacts facts) {
    return allows(Permission.VIEW, facts);
  }

  /** Refuses a portal-wide {@code permission} to a caller without any role that grants it. */
  public void require(Permission permission) {
    Subject subject = subject();
    refuse(permission, subject, null, permission.evaluate(subject));
  }

  /**
   * Refuses a caller who holds none of the roles that grant {@code permission}, whatever it is used
   * on: for a request naming a track or proposal that does not exist.
   */
  public void requireRole(Permission permission) {
    Subject subject = subject();
    boolean roleHeld = subject.roles().stream().anyMatch(permission.grants()::containsKey);
    refuse(permission, subject, null, roleHeld ? Access.GRANTED : Access.FORBIDDEN);
  }

  /**
   * Refuses {@code permission} on proposal {@code proposalId} unless the policy grants it; {@code
   * facts} is {@code null} when there is no such proposal (answered exactly like one the caller may
   * not see). For {@link Permission.Target#TRACK} permissions the id is the track's.
   */
  public void require(Permission permission, long proposalId, ProposalFacts facts) {
    Subject subject = subject();
    Access access;
    if (facts != null) {
      access = permission.evaluate(subject, facts);
    } else {
      boolean roleHeld = subject.roles().stream().anyMatch(permission.grants()::containsKey);
      access = roleHeld ? Access.NOT_FOUND : Access.FORBIDDEN;
    }
    refuse(permission, subject, proposalId, access);
    if (access == Access.WRONG_STATE) {
      throw new ConflictException(
          "Not possible while the proposal is "
              + facts.status()
              + "; it needs the status "
              + permission.statuses().orElseThrow().stream()
                  .map(Enum::name)
                  .sorted()
                  .collect(Collectors.joining(" or "))
              + ".");
    }
  }

  private void refuse(Permission permission, Subject subject, Long resourceId, Access access) {
    if (access != Access.NOT_FOUND && access != Access.FORBIDDEN) {
      return;
    }
    refused.fire(
        new AccessRefused(
            subject.username(),
            permission.name(),
            permission.target() == Permission.Target.PROPOSAL ? resourceId : null,
            access.name()
                + (resourceId == null ? "" : " " + permission.target() + " " + resourceId)
                + "."));
    if (access == Access.NOT_FOUND) {
      throw new NotFoundException(Permission.VIEW.refusal());
    }
    throw new AccessDeniedException(permission.refusal());
  }
}
