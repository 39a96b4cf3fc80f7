/**
 * Identity use cases: who is calling ({@link org.parley.access.application.CurrentUser}), the user
 * directory, and the {@link org.parley.identity.application.SignInGuard} every password passes:
 * sign-in throttling, a short cache of verified credentials, then the identity store
 * (docs/adr/0010). What a caller may do is decided by the policy table of {@code
 * org.parley.access}.
 */
package org.parley.identity.application;
