/**
 * Identity use cases: who is calling ({@link org.parley.identity.application.CurrentUser}) and the
 * user directory. What a caller may do is decided by the policy table of {@code org.parley.access}.
 */
package org.parley.identity.application;
