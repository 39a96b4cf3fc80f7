package org.parley.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version that resource URLs carry ({@code v=} of OmniFaces' VersionedResourceHandler,
 * web.xml): the build's time stamp, written into {@code build.properties} by the build. It changes
 * with every build, so browsers fetch new scripts and styles after an upgrade, and it names no
 * framework version (PrimeFaces' own {@code v=15.x} is switched off).
 */
@Named("resourceVersion")
@ApplicationScoped
public class ResourceVersion {

  private final String value = load();

  /** The build stamp, digits only (e.g. {@code 20261129141500}). */
  public String getValue() {
    return value;
  }

  static String load() {
    Properties build = new Properties();
    try (InputStream in = ResourceVersion.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        throw new IllegalStateException("org/parley/platform/faces/build.properties is missing");
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build.getProperty("build.stamp");
  }
}
