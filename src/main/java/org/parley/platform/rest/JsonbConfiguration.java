package org.parley.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How every JSON answer is written: absent values appear as {@code null} (a client can tell "no
 * agency" from a missing field), properties in alphabetical order.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

  static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  /** {@code value} as the REST API writes it, for answers stored to be sent again (idempotency). */
  public static String toJson(Object value) {
    return JSONB.toJson(value);
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
