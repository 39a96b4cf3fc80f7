package org.parley.access.application;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.parley.access.domain.Permission;

/**
 * The caller must hold a portal-wide permission of the policy table to run the annotated service
 * method (or any method of the annotated service). Checked by {@link PermissionCheckInterceptor} on
 * CDI beans, so pages and REST resources that call the same service are held to the same rule.
 * Plain {@code @RolesAllowed} is enforced only on Enterprise Beans (docs/adr/0003).
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {

  @Nonbinding
  Permission value();
}
