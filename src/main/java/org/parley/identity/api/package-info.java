/**
 * The identity part of the REST API: {@code /api/me}, and for administrators the user directory
 * ({@code /api/users}) and sign-in locks ({@code /api/users/{username}/sign-in-lock}).
 */
package org.parley.identity.api;
