/**
 * Signing in and out, the authentication mechanism that guards pages and {@code /api/*}, and the
 * administrator's user directory page.
 */
package org.parley.identity.web;
