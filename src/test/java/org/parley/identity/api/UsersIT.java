package org.parley.identity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.DemoUsers;
import org.parley.support.database.DatabaseSensitive;

@DatabaseSensitive("the user directory's paging in SQL")
class UsersIT {

  private static HttpResponse<String> get(String user, String query) {
    return Api.send(Api.request("/api/users" + query, user, DemoUsers.PASSWORD));
  }

  @Test
  void administratorPagesThroughTheDirectoryOrderedByUsername() {
    JsonObject firstPage = Api.object(get("admin", "?page=0&size=2"));
    JsonObject secondPage = Api.object(get("admin", "?page=1&size=2"));

    assertTrue(firstPage.getInt("total") >= DemoUsers.ALL.size());
    assertEquals(2, firstPage.getJsonArray("items").size());
    assertEquals("admin", firstPage.getJsonArray("items").getJsonObject(0).getString("username"));
    assertEquals("analyst", firstPage.getJsonArray("items").getJsonObject(1).getString("username"));
    assertEquals(
        "auditor", secondPage.getJsonArray("items").getJsonObject(0).getString("username"));
  }

  @Test
  void everyoneElseIsRefusedByTheService() {
    for (String user : new String[] {"drafter", "principal", "auditor", "state-lead"}) {
      HttpResponse<String> response = get(user, "");

      assertEquals(403, response.statusCode(), user);
      assertEquals(
          "application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
      assertEquals(403, Api.object(response).getInt("status"));
    }
  }

  @Test
  void badPagingAnswers400NamingTheField() {
    HttpResponse<String> negative = get("admin", "?page=-1");
    HttpResponse<String> tooLarge = get("admin", "?size=1000");
    HttpResponse<String> notANumber = get("admin", "?page=first");

    assertEquals(400, negative.statusCode());
    assertEquals("page", Api.object(negative).getString("field"));
    assertEquals(400, tooLarge.statusCode());
    assertEquals("size", Api.object(tooLarge).getString("field"));
    assertEquals(400, notANumber.statusCode());
    assertEquals("page", Api.object(notANumber).getString("field"));
  }
}
