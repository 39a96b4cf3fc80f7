/**
 * The caller's inbox as a paged read model: one query per section ({@link
 * org.parley.inbox.application.InboxQueries}) with the policy table applied in it, pages cut from
 * the sections' counts by {@link org.parley.inbox.application.InboxPager}.
 */
package org.parley.inbox.application;
