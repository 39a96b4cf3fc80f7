package org.parley.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API lives under {@code /api}; resources are discovered in every feature's api package.
 */
@ApplicationPath("api")
public class RestApplication extends Application {}
