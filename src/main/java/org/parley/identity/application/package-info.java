/**
 * Identity use cases: who is calling ({@link org.parley.identity.application.CurrentUser}), the
 * user directory, and the {@link org.parley.identity.application.RequiresRole} check that every
 * feature's services use to refuse callers without the role, whichever page or REST client called
 * them.
 */
package org.parley.identity.application;
