package org.parley.bench.data;

/** Why the generator refuses or stops, in words for whoever ran it. */
public class GeneratorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public GeneratorException(String message) {
    super(message);
  }

  public GeneratorException(String message, Throwable cause) {
    super(message, cause);
  }
}
