/**
 * The caller's inbox page: what waits for them, earliest due first, each with a link to act on it.
 */
package org.parley.inbox.web;
