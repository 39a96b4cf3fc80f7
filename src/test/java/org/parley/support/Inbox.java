package org.parley.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A demo user's inbox through {@code GET /api/inbox?page=&size=}, page by page. */
public final class Inbox {

  /** The largest page the API serves. */
  public static final int MAX_SIZE = 100;

  private Inbox() {}

  /** One page as the API answers it: {@code items} and {@code total}. */
  public static JsonObject page(String user, int page, int size) {
    HttpResponse<String> answer = Workflow.get(user, "/api/inbox?page=" + page + "&size=" + size);
    assertEquals(200, answer.statusCode(), answer.body());
    return Api.object(answer);
  }

  public static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** Every item of the user's inbox, in its order, read in the largest pages. */
  public static List<JsonObject> all(String user) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject answer = page(user, page, MAX_SIZE);
      all.addAll(items(answer));
      if ((long) (page + 1) * MAX_SIZE >= answer.getJsonNumber("total").longValue()) {
        return all;
      }
    }
  }

  /** The user's inbox item for the proposal, wherever it is in the inbox. */
  public static Optional<JsonObject> itemFor(String user, long proposalId) {
    return all(user).stream()
        .filter(item -> item.getJsonNumber("proposalId").longValue() == proposalId)
        .findFirst();
  }
}
