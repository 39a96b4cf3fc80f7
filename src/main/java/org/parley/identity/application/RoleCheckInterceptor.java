package org.parley.identity.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.parley.shared.AccessDeniedException;

/** Refuses a call to a {@link RequiresRole} method when the caller holds none of its roles. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class RoleCheckInterceptor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityContext securityContext;

  @AroundInvoke
  Object checkRole(InvocationContext invocation) throws Exception {
    RequiresRole required = requiredRoles(invocation);
    boolean allowed =
        Arrays.stream(required.value())
            .anyMatch(role -> securityContext.isCallerInRole(role.name()));
    if (!allowed) {
      throw new AccessDeniedException(
          "This action needs one of the roles " + Arrays.toString(required.value()) + ".");
    }
    return invocation.proceed();
  }

  /**
   * The binding on the method, else on the bean class or a superclass ({@code @Inherited}). Were
   * neither found, nobody would be let through: a check that cannot tell the rule refuses.
   */
  private static RequiresRole requiredRoles(InvocationContext invocation) {
    Method method = invocation.getMethod();
    RequiresRole onMethod = method.getAnnotation(RequiresRole.class);
    if (onMethod != null) {
      return onMethod;
    }
    RequiresRole onClass = invocation.getTarget().getClass().getAnnotation(RequiresRole.class);
    if (onClass == null) {
      onClass = method.getDeclaringClass().getAnnotation(RequiresRole.class);
    }
    if (onClass == null) {
      throw new AccessDeniedException("No role rule is declared for " + method.getName() + ".");
    }
    return onClass;
  }
}
