package org.parley.access.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.lang.reflect.Method;
import org.parley.access.domain.Permission;

/** Refuses a call to a {@link RequiresPermission} method unless the policy grants it. */
@RequiresPermission(Permission.VIEW)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class PermissionCheckInterceptor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccessPolicy policy;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    policy.require(requiredPermission(invocation));
    return invocation.proceed();
  }

  /**
   * The binding on the method, else on the bean class or a superclass ({@code @Inherited}). Were
   * neither found, nobody would be let through: a check that cannot tell the rule refuses.
   */
  private static Permission requiredPermission(InvocationContext invocation) {
    Method method = invocation.getMethod();
    RequiresPermission onMethod = method.getAnnotation(RequiresPermission.class);
    if (onMethod != null) {
      return onMethod.value();
    }
    RequiresPermission onClass =
        invocation.getTarget().getClass().getAnnotation(RequiresPermission.class);
    if (onClass == null) {
      onClass = method.getDeclaringClass().getAnnotation(RequiresPermission.class);
    }
    if (onClass == null) {
      throw new IllegalStateException("No permission is declared for " + method.getName() + ".");
    }
    return onClass.value();
  }
}
