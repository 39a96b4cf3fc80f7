package org.parley.proposal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Workflow;
import org.parley.support.database.DatabaseSensitive;

/** {@code GET /api/tracks}. */
@DatabaseSensitive("tracks as the query reads them")
class TrackResourceIT {

  @Test
  void everySignedInUserListsTheTracks() {
    for (String user : new String[] {"drafter", "state", "admin", "auditor"}) {
      HttpResponse<String> tracks = Workflow.get(user, "/api/tracks");

      assertEquals(200, tracks.statusCode(), tracks.body());
      JsonObject working =
          Api.json(tracks.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
              .filter(track -> track.getJsonNumber("id").longValue() == Workflow.TRACK)
              .findFirst()
              .orElseThrow();
      assertEquals("DPRK denuclearization — working level", working.getString("name"));
      assertEquals("DPRK", working.getString("counterpart"));
      assertEquals("WORKING", working.getString("level"));
      assertEquals(Set.of("id", "name", "counterpart", "level"), working.keySet());
    }
  }

  @Test
  void withoutCredentialsTheTracksAnswer401() {
    HttpResponse<String> anonymous = Api.send(Api.request("/api/tracks"));

    assertEquals(401, anonymous.statusCode());
    assertFalse(anonymous.body().isBlank());
  }
}
