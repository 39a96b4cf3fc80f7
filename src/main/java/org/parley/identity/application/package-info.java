/**
 * Identity use cases: who is calling ({@link org.parley.identity.application.CurrentUser}), the
 * user directory, the {@link org.parley.identity.application.RequiresRole} check that every
 * feature's services use to refuse callers without the role, whichever page or REST client called
 * them, and the {@link org.parley.identity.application.SignInGuard} every password passes: sign-in
 * throttling, a short cache of verified credentials, then the identity store (docs/adr/0009).
 */
package org.parley.identity.application;
